/** `import`, `link` and `open`: moving designs in and out of templates, policies and share links. */
import {
  countOf,
  decodeLink,
  encodeLink,
  FindingCode,
  importText,
  sampleImageCount,
} from '../engine/index';
import { type ParsedArgs, UsageError } from './args';
import {
  expectedInput,
  formatFinding,
  printFindings,
  readDesign,
  readInput,
  singleFile,
} from './io';

const printDesign = (design: unknown) =>
  process.stdout.write(`${JSON.stringify(design, null, 2)}\n`);

export async function importCommand(args: ParsedArgs): Promise<number> {
  const file = singleFile(args);
  const result = importText(await readInput(file, expectedInput.importable));
  // Input that is not a template or policy at all is unreadable input (exit 2), not findings.
  const unreadable = result.findings.find((f) => f.code === FindingCode.unreadableInput);
  if (unreadable)
    throw new UsageError(`${file && file !== '-' ? file : 'stdin'}: ${unreadable.message}`);
  printFindings(result.findings);
  if (!result.design) return 1;
  printDesign(result.design);
  return 0;
}

export async function linkCommand(args: ParsedArgs): Promise<number> {
  const parsed = await readDesign(singleFile(args));
  if (!parsed.design) {
    printFindings(parsed.findings);
    return 1;
  }
  const base = args.options.get('base') ?? '';
  process.stdout.write(`${base.replace(/#.*$/s, '')}#${encodeLink(parsed.design)}\n`);
  const images = sampleImageCount(parsed.design);
  if (images > 0)
    process.stderr.write(
      `note: a link carries the policy, not the images: ${countOf(images, 'sample image')} left out (share the design file to share them)\n`,
    );
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
    throw new UsageError(`${decoded.message}${detail}`);
  }
  printDesign(decoded.design);
  return 0;
}
