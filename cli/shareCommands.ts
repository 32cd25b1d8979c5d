/** `import`, `link` and `open`: moving designs in and out of templates, policies and share links. */
import { decodeLink, encodeLink, importText, unreadableInput } from '../engine/index';
import { type ParsedArgs, UsageError } from './args';
import { formatFinding, readDesign, readInput, singleFile } from './io';

const printDesign = (design: unknown) =>
  process.stdout.write(`${JSON.stringify(design, null, 2)}\n`);

export async function importCommand(args: ParsedArgs): Promise<number> {
  const file = singleFile(args);
  const result = importText(await readInput(file));
  const unreadable = result.findings.find(
    (f) => f.path === '' && f.message.startsWith(unreadableInput),
  );
  if (unreadable)
    throw new UsageError(`${file && file !== '-' ? file : 'stdin'}: ${unreadable.message}`);
  for (const finding of result.findings) console.error(formatFinding(finding));
  if (!result.design) return 1;
  printDesign(result.design);
  return 0;
}

export async function linkCommand(args: ParsedArgs): Promise<number> {
  const parsed = await readDesign(singleFile(args));
  if (!parsed.design) {
    for (const finding of parsed.findings) console.error(formatFinding(finding));
    return 1;
  }
  const base = args.options.get('base') ?? '';
  process.stdout.write(`${base.replace(/#.*$/s, '')}#${encodeLink(parsed.design)}\n`);
  return 0;
}

export async function openCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length !== 1)
    throw new UsageError('open takes one LINK (a whole URL or its fragment)');
  const decoded = decodeLink(args.positionals[0]!);
  if (!decoded.ok) {
    const detail =
      decoded.kind === 'invalid-design'
        ? ` (${decoded.findings.length} problems, first: ${formatFinding(decoded.findings[0]!)})`
        : '';
    throw new UsageError(`${decoded.message}${detail}`.replace(/\n/g, ' '));
  }
  printDesign(decoded.design);
  return 0;
}
