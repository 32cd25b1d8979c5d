/**
 * What `ecr-designer simulate` prints: the outcomes of one run with a summary and the
 * assumptions they depend on; with what runs, the images in use and those at risk; with the
 * policy in force, what changes; with a timeline, when each image goes. Its JSON Schema is in
 * simulationReportSchema.ts (`schema --simulate-output`).
 */
import type { LifecycleRuleDesign } from '../design/designSchema';
import type { SimulationAssumption } from './assumptions';
import type { PreviousOutcome } from './compare';
import type { ImageAction, ImageOutcome } from './evaluatePolicy';
import type { InUseMatch } from './inUse';
import type { ProtectionSuggestion } from './protectInUse';
import type { SampleImage } from './sampleImages';
import type { FirstAction } from './timeline';

export { simulationReportJsonSchema } from './simulationReportSchema';

export interface SimulationReportImage {
  digest: string;
  tags: string[];
  action: ImageAction;
  rulePriority: number | null;
  reason: string;
  protectedBy?: number;
  heldBy?: string;
  followsSubject?: string;
  tie?: true;
  borderline?: true;
  /** Where the image runs (with --in-use, when it does). */
  inUse?: string[];
  /** What the policy in force does to it (with --compare, when the action differs). */
  previous?: PreviousOutcome;
  /** The first daily run that expires or archives it (with --days, when one does). */
  firstAction?: FirstAction;
}

export interface SimulationSummary {
  images: number;
  expire: number;
  transition: number;
  keep: number;
  inUseAtRisk: number;
  changed: number;
  bytesExpired: number;
  bytesArchived: number;
}

/** With --in-use: what the references were, and the change that protects the images at risk. */
export interface InUseReport {
  references: number;
  matched: number;
  unmatched: number;
  otherRepositories: number;
  /** The images in use. */
  images: number;
  /** With images at risk: keep rules to add first, and what they cannot protect. */
  protection?: { rules: LifecycleRuleDesign[]; unprotected: { digest: string; reason: string }[] };
}

/** With --compare: the design against the policy in force. */
export interface CompareReport {
  newlyExpired: number;
  newlyArchived: number;
  newlyKept: number;
  unchanged: number;
}

export interface SimulationReport {
  repository: string;
  now: string;
  /** With --days: the timeline's length in days. */
  days?: number;
  summary: SimulationSummary;
  inUse?: InUseReport;
  compare?: CompareReport;
  assumptions: string[];
  images: SimulationReportImage[];
}

export interface ReportInput {
  repository: string;
  now: number;
  /** The images, in the order the outcomes answer them. */
  images: readonly SampleImage[];
  outcomes: readonly ImageOutcome[];
  assumptions: readonly SimulationAssumption[];
  /** Which images are in use, and where (matchInUse). */
  inUse?: Pick<InUseMatch, 'usedBy' | 'counts'>;
  protection?: ProtectionSuggestion;
  /** By image index: the policy in force's outcome where the action differs (compareOutcomes). */
  previous?: readonly (PreviousOutcome | undefined)[];
  /** By image index, with the timeline's length (timelineOf). */
  timeline?: { days: number; firstActions: readonly (FirstAction | undefined)[] };
}

function reportImage(input: ReportInput, i: number): SimulationReportImage {
  const outcome = input.outcomes[i]!;
  const used = input.inUse?.usedBy.get(outcome.digest);
  const previous = input.previous?.[i];
  const first = input.timeline?.firstActions[i];
  return {
    digest: outcome.digest,
    tags: [...input.images[i]!.tags],
    action: outcome.action,
    rulePriority: outcome.rulePriority,
    reason: outcome.reason,
    ...(outcome.protectedBy !== undefined && { protectedBy: outcome.protectedBy }),
    ...(outcome.heldByManifestList !== undefined && { heldBy: outcome.heldByManifestList }),
    ...(outcome.followsSubject !== undefined && { followsSubject: outcome.followsSubject }),
    ...(outcome.tieBreak && { tie: true as const }),
    ...(outcome.borderline && { borderline: true as const }),
    ...(used !== undefined && { inUse: [...used] }),
    ...(previous !== undefined && { previous: { ...previous } }),
    ...(first !== undefined && { firstAction: { ...first } }),
  };
}

function summaryOf(input: ReportInput): SimulationSummary {
  const summary: SimulationSummary = {
    images: input.outcomes.length,
    expire: 0,
    transition: 0,
    keep: 0,
    inUseAtRisk: 0,
    changed: 0,
    bytesExpired: 0,
    bytesArchived: 0,
  };
  input.outcomes.forEach((outcome, i) => {
    const image = input.images[i]!;
    summary[outcome.action]++;
    const size = image.sizeInBytes ?? 0;
    if (outcome.action === 'expire') summary.bytesExpired += size;
    if (outcome.action === 'transition') summary.bytesArchived += size;
    if (outcome.action !== 'keep' && input.inUse?.usedBy.has(outcome.digest)) summary.inUseAtRisk++;
    if (input.previous?.[i] !== undefined) summary.changed++;
  });
  return summary;
}

function inUseReport(input: ReportInput, atRisk: number): InUseReport | undefined {
  if (!input.inUse) return undefined;
  const { counts, usedBy } = input.inUse;
  const images = input.outcomes.filter((o) => usedBy.has(o.digest)).length;
  const protection = input.protection;
  return {
    ...counts,
    images,
    ...(atRisk > 0 &&
      protection && {
        protection: {
          rules: protection.rules.map((r) => ({ ...r })),
          unprotected: protection.unprotected.map((u) => ({ ...u })),
        },
      }),
  };
}

function compareReport(input: ReportInput): CompareReport | undefined {
  if (!input.previous) return undefined;
  const report = { newlyExpired: 0, newlyArchived: 0, newlyKept: 0, unchanged: 0 };
  input.outcomes.forEach((outcome, i) => {
    if (input.previous![i] === undefined) report.unchanged++;
    else if (outcome.action === 'expire') report.newlyExpired++;
    else if (outcome.action === 'transition') report.newlyArchived++;
    else report.newlyKept++;
  });
  return report;
}

export function simulationReport(input: ReportInput): SimulationReport {
  const summary = summaryOf(input);
  const inUse = inUseReport(input, summary.inUseAtRisk);
  const compare = compareReport(input);
  return {
    repository: input.repository,
    now: new Date(input.now).toISOString(),
    ...(input.timeline && { days: input.timeline.days }),
    summary,
    ...(inUse && { inUse }),
    ...(compare && { compare }),
    assumptions: input.assumptions.map((a) => a.text),
    images: input.outcomes.map((_, i) => reportImage(input, i)),
  };
}
