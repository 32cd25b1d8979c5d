/**
 * The options of `simulate` beyond the images: --in-use files (where images run), --compare
 * (the policy in force), --days and --fail-on. Unreadable input is a UsageError (exit 2);
 * a wrong shape comes back as findings (exit 1).
 */
import {
  type Design,
  type Finding,
  FindingCode,
  type ImageUse,
  maxTimelineDays,
  readInUseText,
  readPolicyInForce,
} from '../engine/index';
import { oneOf, type ParsedArgs, UsageError } from './args';
import { expectedInput, readInput } from './io';

/** `images.imageDetails[3]`: a finding's path inside the file, under the option that named it. */
export function under(prefix: string, finding: Finding): Finding {
  return { ...finding, path: [prefix, ...finding.path] };
}

const inputName = (file: string) => (file === '-' ? 'stdin' : file);

const failConditions = ['in-use', 'changes'] as const;
export type FailCondition = (typeof failConditions)[number];

/** --fail-on, repeatable or comma-separated; each condition needs the input it checks. */
export function parseFailOn(args: ParsedArgs): Set<FailCondition> {
  const values = (args.lists.get('fail-on') ?? []).flatMap((v) => v.split(','));
  const conditions = new Set(values.map((v) => oneOf(v.trim(), failConditions, '--fail-on')!));
  if (conditions.has('in-use') && !args.lists.has('in-use'))
    throw new UsageError('--fail-on in-use needs --in-use FILE');
  if (conditions.has('changes') && !args.options.has('compare'))
    throw new UsageError('--fail-on changes needs --compare FILE');
  return conditions;
}

export function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const days = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(days >= 1 && days <= maxTimelineDays))
    throw new UsageError(
      `--days must be a whole number from 1 to ${maxTimelineDays}, got '${value}'`,
    );
  return days;
}

/** Every --in-use file read: the references and the findings, paths under `in-use(FILE)`. */
export async function readInUseFiles(
  files: readonly string[],
): Promise<{ uses: ImageUse[]; findings: Finding[] }> {
  const uses: ImageUse[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const name = inputName(file);
    const read = readInUseText(await readInput(file, expectedInput.inUse), name);
    const unreadable = read.findings.find((f) => f.code === FindingCode.unreadableInput);
    if (unreadable) throw new UsageError(`${name}: ${unreadable.message}`);
    uses.push(...read.uses.map((use) => ({ ...use, path: [`in-use(${name})`, ...use.path] })));
    findings.push(...read.findings.map((f) => under(`in-use(${name})`, f)));
  }
  return { uses, findings };
}

/** --compare: the design and repository id of the policy in force, or findings. */
export async function readCompare(
  file: string,
  target: { id: string; repositoryName?: string },
): Promise<{ design?: Design; repositoryId?: string; findings: Finding[] }> {
  const name = inputName(file);
  const read = readPolicyInForce(await readInput(file, expectedInput.importable), target);
  const unreadable = read.findings.find((f) => f.code === FindingCode.unreadableInput);
  if (unreadable) throw new UsageError(`${name}: ${unreadable.message}`);
  return { ...read, findings: read.findings.map((f) => under('compare', f)) };
}
