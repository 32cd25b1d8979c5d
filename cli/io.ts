/** File and stream I/O of the CLI; every failure becomes a one-line UsageError. */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import {
  type Design,
  type Finding,
  FindingCode,
  formatPath,
  parseDesignText,
} from '../engine/index';
import { type ParsedArgs, UsageError } from './args';

/** Inputs larger than this are refused before parsing (untrusted input stays bounded). */
const maxInputBytes = 5 * 1024 * 1024;

/** What each kind of input should be, for the message when it is not. */
export const expectedInput = {
  design: 'a design (JSON)',
  importable: 'a template, a lifecycle policy or AWS CLI output (JSON or YAML)',
  images: 'images (aws ecr describe-images output, or a JSON array of sample images)',
  manifests: 'manifests (aws ecr batch-get-image output)',
  inUse:
    'images in use (kubectl get pods -o json, aws ecs describe-tasks or describe-task-definition, aws lambda get-function output, or one image reference a line)',
} as const;

/** Control characters other than newline and tab, which a terminal would act on. */
const controlCharacters = /(?![\n\t])\p{Cc}/gu;
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a one-line message: line breaks become spaces, control characters escapes. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(controlCharacters, escaped);
}

function inputName(file: string | undefined): string {
  return file === undefined || file === '-' ? 'stdin' : file;
}

/** UTF-8 text without a byte order mark; a binary file is described, never echoed. */
function decodeText(bytes: Buffer, name: string, expected: string, maxBytes: number): string {
  if (bytes.length > maxBytes) throw new UsageError(`${name} is larger than ${maxBytes} bytes`);
  // NUL never occurs in JSON or YAML text; parsers would quote the raw bytes in their message.
  if (bytes.includes(0) || !isUtf8(bytes))
    throw new UsageError(`${name} is a binary file, not UTF-8 text; expected ${expected}`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  if (process.stdin.isTTY)
    throw new UsageError('no input: give a FILE, or pipe a design into stdin with -');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new UsageError(`stdin is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
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

/** The text of a FILE, or of stdin for undefined or '-'; at most maxBytes (5 MiB by default). */
export async function readInput(
  file: string | undefined,
  expected: string,
  maxBytes = maxInputBytes,
): Promise<string> {
  const stdin = file === undefined || file === '-';
  const bytes = stdin ? await readStdin(maxBytes) : await readBytes(file);
  return decodeText(bytes, inputName(file), expected, maxBytes);
}

/** The one FILE argument a command takes (stdin when absent or '-'). */
export function singleFile(args: ParsedArgs): string | undefined {
  if (args.positionals.length > 1)
    throw new UsageError(`expected one FILE, got ${args.positionals.length}`);
  return args.positionals[0];
}

/**
 * `path: severity: message`. CDK's messages can run over several lines; those continue indented
 * by two spaces, so that every line starting at column 0 is one finding.
 */
export function formatFinding(finding: Finding): string {
  const message = finding.message
    .split(/\r?\n/)
    .map((line) => line.replace(controlCharacters, escaped))
    .join('\n  ');
  return `${oneLine(formatPath(finding.path)) || '(design)'}: ${finding.severity}: ${message}`;
}

export function printFindings(findings: readonly Finding[]): void {
  for (const finding of findings) console.error(formatFinding(finding));
}

/** Reads a design; malformed JSON is unreadable input (exit 2), format problems are findings (exit 1). */
export async function readDesign(
  file: string | undefined,
): Promise<{ design?: Design; findings: Finding[] }> {
  const text = await readInput(file, expectedInput.design);
  const parsed = parseDesignText(text);
  const syntax = parsed.findings.find((f) => f.code === FindingCode.unreadableInput);
  if (syntax) throw new UsageError(`${inputName(file)}: ${syntax.message}`);
  return parsed;
}
