/** `simulate`: the lifecycle preview of one repository over its images, as one JSON object. */
import {
  type Design,
  type Finding,
  FindingCode,
  type PreviewReport,
  parseImageInput,
  previewReport,
  readImages,
  repositoryIdentity,
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
  const parsed = parseImageInput(text, [name]);
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
    findings: read.findings.map((f) => (f.path[0] === 'manifests' ? f : under('images', f))),
  };
}

/** The --in-use and --compare files read, with their findings (paths under the option). */
async function readExtras(design: Design, index: number, options: Options) {
  const findings: Finding[] = [];
  const uses = options.inUse.length > 0 ? await readInUseFiles(options.inUse) : undefined;
  if (uses) findings.push(...uses.findings);
  const repository = design.repositories[index]!;
  const inForce =
    options.compare === undefined
      ? undefined
      : await readCompare(options.compare, {
          id: repository.id,
          ...(repository.repositoryName !== undefined && {
            repositoryName: repository.repositoryName,
          }),
        });
  if (inForce) findings.push(...inForce.findings);
  return { uses: uses?.uses, inForce, findings };
}

/** The --fail-on conditions met: one finding (one stderr line) per reason. */
function gateFindings(options: Options, preview: Extract<PreviewReport, { ok: true }>) {
  const gate = options.failOn.has('in-use') ? [...preview.atRiskFindings] : [];
  const compare = preview.report.compare;
  if (options.failOn.has('changes') && compare && preview.changed > 0)
    gate.push({
      severity: 'error',
      origin: 'designer',
      code: FindingCode.actionsChange,
      path: ['compare'],
      message: `${preview.changed} of ${preview.report.images.length} images change action against the policy in force: ${compare.newlyExpired} newly expired, ${compare.newlyArchived} newly archived, ${compare.newlyKept} newly kept`,
    });
  return gate;
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
  const extras = await readExtras(design, index, options);
  const preview = previewReport({
    design,
    repositoryIndex: index,
    images: read.images,
    now: options.now,
    ...(extras.uses && {
      inUse: {
        uses: extras.uses,
        identity: repositoryIdentity(design.repositories[index]!, read.repository),
      },
    }),
    ...(extras.inForce?.design && {
      inForce: {
        design: extras.inForce.design,
        ...(extras.inForce.repositoryId !== undefined && {
          repositoryId: extras.inForce.repositoryId,
        }),
      },
    }),
    ...(options.days !== undefined && { days: options.days }),
  });
  if (!preview.ok) {
    if (preview.blocked === 'no-repository') throw new UsageError(preview.message);
    printFindings(preview.findings);
    return 1;
  }
  const findings = [...extras.findings, ...preview.findings];
  printFindings(findings);
  if (findings.some((f) => f.severity !== 'warning')) return 1;
  process.stdout.write(`${JSON.stringify(preview.report, null, 2)}\n`);
  const gate = gateFindings(options, preview);
  for (const finding of gate) console.error(formatFinding(finding));
  return gate.length > 0 ? 1 : 0;
}
