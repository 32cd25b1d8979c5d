/** File and stream I/O of the CLI; every failure becomes a one-line UsageError. */
import { readFile } from 'node:fs/promises';
import { type Design, type Finding, parseDesignText } from '../engine/index';
import { type ParsedArgs, UsageError } from './args';

/** Designs larger than this are refused before parsing (untrusted input stays bounded). */
const maxInputBytes = 5 * 1024 * 1024;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new UsageError('no input: give a FILE, or pipe a design into stdin with -');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxInputBytes) throw new UsageError(`input is larger than ${maxInputBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') return readStdin();
  try {
    const text = await readFile(file, 'utf8');
    if (text.length > maxInputBytes)
      throw new UsageError(`${file} is larger than ${maxInputBytes} bytes`);
    return text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new UsageError(`${file}: ${reason}`);
  }
}

/** The one FILE argument a command takes (stdin when absent or '-'). */
export function singleFile(args: ParsedArgs): string | undefined {
  if (args.positionals.length > 1)
    throw new UsageError(`expected one FILE, got ${args.positionals.length}`);
  return args.positionals[0];
}

export function formatFinding(finding: Finding): string {
  return `${finding.path || '(design)'}: ${finding.severity}: ${finding.message}`;
}

/** Reads a design; malformed JSON is unreadable input (exit 2), format problems are findings (exit 1). */
export async function readDesign(
  file: string | undefined,
): Promise<{ design?: Design; findings: Finding[] }> {
  const text = await readInput(file);
  const parsed = parseDesignText(text);
  const syntax = parsed.findings.find(
    (f) => f.path === '' && f.message.startsWith('not valid JSON'),
  );
  if (syntax) throw new UsageError(`${file && file !== '-' ? file : 'stdin'}: ${syntax.message}`);
  return parsed;
}
