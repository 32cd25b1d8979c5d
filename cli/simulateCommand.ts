/** `simulate`: the lifecycle preview of one repository over its images, as one JSON object. */
import {
  atRiskImages,
  compareOutcomes,
  type Design,
  type Finding,
  inUseFindings,
  matchInUse,
  parseImageInput,
  readImages,
  type SampleImage,
  type SimulationReport,
  simulate,
  simulateTimeline,
  simulationAssumptions,
  simulationReport,
  suggestProtection,
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
import { checkRepositoryId } from './repositoryOption';
import {
  type FailCondition,
  parseDays,
  parseFailOn,
  readCompare,
  readInUseFiles,
  under,
} from './simulateInputs';

/** ECR's default quota is 100,000 images a repository; describe-images prints ~1 KB for each. */
const maxImageInputBytes = 256 * 1024 * 1024;

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

/** One JSON value, or the list of several concatenated (`cat page1.json page2.json`). */
async function readJsonInput(file: string, expected: string): Promise<unknown> {
  const text = await readInput(file, expected, maxImageInputBytes);
  const name = file === '-' ? 'stdin' : file;
  const parsed = parseImageInput(text, name);
  if (parsed.findings.length > 0) throw new UsageError(`${name}: ${parsed.findings[0]!.message}`);
  return parsed.value;
}

interface Options {
  images: string;
  manifests?: string;
  inUse: string[];
  compare?: string;
  days?: number;
  failOn: Set<FailCondition>;
  now: number;
}

function checkOptions(args: ParsedArgs): Options {
  const images = args.options.get('images');
  if (images === undefined) throw new UsageError('simulate needs --images FILE');
  const manifests = args.options.get('manifests');
  const compare = args.options.get('compare');
  const inUse = args.lists.get('in-use') ?? [];
  const files = [args.positionals[0] ?? '-', images, manifests, compare, ...inUse];
  if (files.filter((f) => f === '-').length > 1)
    throw new UsageError('stdin can hold one input: the design, the images, or another FILE');
  const days = parseDays(args.options.get('days'));
  return {
    images,
    ...(manifests !== undefined && { manifests }),
    inUse,
    ...(compare !== undefined && { compare }),
    ...(days !== undefined && { days }),
    failOn: parseFailOn(args),
    now: parseNow(args.options.get('now')),
  };
}

async function readRepositoryImages(design: Design, index: number, options: Options) {
  const repository = design.repositories[index];
  const manifests =
    options.manifests === undefined
      ? undefined
      : await readJsonInput(options.manifests, expectedInput.manifests);
  const read = readImages(await readJsonInput(options.images, expectedInput.images), {
    ...(repository?.repositoryName !== undefined && { repositoryName: repository.repositoryName }),
    ...(manifests !== undefined && { manifests }),
  });
  return {
    ...read,
    findings: read.findings.map((f) => (f.path.startsWith('manifests') ? f : under('images', f))),
  };
}

/** Everything --in-use and --compare add to the report, with the findings of reading them. */
interface Extras {
  report: Partial<Parameters<typeof simulationReport>[0]>;
  findings: Finding[];
  gate: Finding[];
}

async function inUseExtras(
  context: Context,
  outcomes: Parameters<typeof atRiskImages>[1],
  extras: Extras,
): Promise<void> {
  const { design, index, images, options, identity } = context;
  if (options.inUse.length === 0) return;
  const read = await readInUseFiles(options.inUse);
  const match = matchInUse(read.uses, images, identity);
  extras.findings.push(...read.findings, ...match.findings);
  const atRisk = atRiskImages(images, outcomes, match.usedBy);
  extras.report.inUse = match;
  if (atRisk.length > 0)
    extras.report.protection = suggestProtection(design, index, {
      images,
      outcomes,
      atRisk,
      now: options.now,
    });
  if (options.failOn.has('in-use')) extras.gate.push(...inUseFindings(design, index, atRisk));
}

async function compareExtras(
  context: Context,
  outcomes: Parameters<typeof compareOutcomes>[0],
  extras: Extras,
): Promise<void> {
  const { design, index, images, options } = context;
  if (options.compare === undefined) return;
  const repository = design.repositories[index]!;
  const read = await readCompare(options.compare, {
    id: repository.id,
    ...(repository.repositoryName !== undefined && { repositoryName: repository.repositoryName }),
  });
  extras.findings.push(...read.findings);
  if (!read.design) return;
  const inForce = simulate(read.design, read.repositoryId, images, options.now);
  if (!inForce.ok) {
    extras.findings.push(...inForce.findings.map((f) => under('compare', f)));
    return;
  }
  const comparison = compareOutcomes(outcomes, inForce.outcomes);
  extras.report.previous = comparison.previous;
  if (options.failOn.has('changes') && comparison.changed > 0)
    extras.gate.push({
      severity: 'error',
      origin: 'designer',
      path: 'compare',
      message: `${comparison.changed} of ${images.length} images change action against the policy in force: ${comparison.newlyExpired} newly expired, ${comparison.newlyArchived} newly archived, ${comparison.newlyKept} newly kept`,
    });
}

interface Context {
  design: Design;
  index: number;
  images: SampleImage[];
  options: Options;
  identity: { name?: string; registryId?: string };
}

function identityOf(
  design: Design,
  index: number,
  read: { repository?: { name: string; registryId?: string } },
) {
  const repository = design.repositories[index]!;
  const name = repository.repositoryName ?? read.repository?.name;
  const registryId = read.repository?.registryId ?? repository.lifecycleRegistryId;
  return { ...(name !== undefined && { name }), ...(registryId !== undefined && { registryId }) };
}

function timelineExtras(context: Context, extras: Extras) {
  const { design, index, images, options } = context;
  if (options.days === undefined) return;
  const timeline = simulateTimeline(
    design,
    design.repositories[index]!.id,
    images,
    options.now,
    options.days,
  );
  if (!timeline.ok) return;
  extras.report.timeline = { days: options.days, firstActions: timeline.firstActions };
  const assumption = simulationAssumptions.find((a) => a.code === 'timeline');
  if (assumption) extras.report.assumptions = [assumption];
}

export async function simulateCommand(args: ParsedArgs): Promise<number> {
  const options = checkOptions(args);
  const parsed = await readDesign(singleFile(args));
  if (!parsed.design) {
    printFindings(parsed.findings);
    return 1;
  }
  const design = parsed.design;
  const repositoryId = checkRepositoryId(design, args.options.get('repository'));
  const index =
    repositoryId === undefined ? 0 : design.repositories.findIndex((r) => r.id === repositoryId);
  if (!design.repositories[index]) throw new UsageError('the design has no repository');
  const read = await readRepositoryImages(design, index, options);
  printFindings([...parsed.findings, ...read.findings]);
  if (!read.images) return 1;
  const result = simulate(design, repositoryId, read.images, options.now);
  if (!result.ok) {
    if (result.blocked === 'no-repository') throw new UsageError(result.message);
    printFindings(result.findings);
    return 1;
  }
  const context: Context = {
    design,
    index,
    images: read.images,
    options,
    identity: identityOf(design, index, read),
  };
  const extras: Extras = { report: {}, findings: [], gate: [] };
  await inUseExtras(context, result.outcomes, extras);
  await compareExtras(context, result.outcomes, extras);
  timelineExtras(context, extras);
  printFindings(extras.findings);
  if (extras.findings.some((f) => f.severity !== 'warning')) return 1;
  const report: SimulationReport = simulationReport({
    ...extras.report,
    repository: design.repositories[index]!.id,
    now: options.now,
    images: read.images,
    outcomes: result.outcomes,
    assumptions: [...result.assumptions, ...(extras.report.assumptions ?? [])],
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  for (const finding of extras.gate) console.error(formatFinding(finding));
  return extras.gate.length > 0 ? 1 : 0;
}
