/** `simulate`: the lifecycle preview of one repository over sample images, as JSON. */
import { parseSampleImages, simulate } from '../engine/index';
import { type ParsedArgs, UsageError } from './args';
import { expectedInput, printFindings, readDesign, readInput, singleFile } from './io';
import { checkRepositoryId } from './repositoryOption';

function parseNow(value: string | undefined): number {
  if (value === undefined) return Date.now();
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value)
    ? Date.parse(value)
    : Number.NaN;
  if (Number.isNaN(ms))
    throw new UsageError(
      `--now must be an ISO 8601 instant such as 2025-06-30T00:00:00Z, got '${value}'`,
    );
  return ms;
}

async function readImagesJson(file: string): Promise<unknown> {
  const text = await readInput(file, expectedInput.images);
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file === '-' ? 'stdin' : file}: not valid JSON`);
  }
}

export async function simulateCommand(args: ParsedArgs): Promise<number> {
  const imagesFile = args.options.get('images');
  if (imagesFile === undefined) throw new UsageError('simulate needs --images FILE');
  if (imagesFile === '-' && (args.positionals[0] ?? '-') === '-')
    throw new UsageError('stdin can hold the design or the images, not both');
  const now = parseNow(args.options.get('now'));
  const parsed = await readDesign(singleFile(args));
  const images = parseSampleImages(await readImagesJson(imagesFile));
  const findings = [
    ...parsed.findings,
    ...images.findings.map((f) => ({
      ...f,
      path: f.path === '' || f.path.startsWith('[') ? `images${f.path}` : `images.${f.path}`,
    })),
  ];
  if (!parsed.design || !images.images) {
    printFindings(findings);
    return 1;
  }
  const repositoryId = checkRepositoryId(parsed.design, args.options.get('repository'));
  const result = simulate(parsed.design, repositoryId, images.images, now);
  if (!result.ok) {
    printFindings(result.findings);
    if (result.findings.length === 0) throw new UsageError(result.message);
    return 1;
  }
  // The documented output: the engine's extra fields (keptBy, borderline…) serve the browser.
  const outcomes = result.outcomes.map(({ digest, action, rulePriority, reason }) => ({
    digest,
    action,
    rulePriority,
    reason,
  }));
  process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
  return 0;
}
