/**
 * ECR's lifecycle evaluation (ecr-lifecycle-spec.md §1.4.4): all rules are evaluated together,
 * applied in priority order; an image whose tags match a higher rule is protected from lower
 * rules, yet still fills their count slots; at most one action per image per run.
 */
import type { SampleImage } from './sampleImages';
import { parseInstant } from './sampleImages';
import { matchesTagRequirement, type TagSelection } from './tagMatching';

export interface SimulatedRule {
  rulePriority: number;
  selection: TagSelection & { countType: string; countNumber: number; storageClass?: string };
  action: { type: string; targetStorageClass?: string };
}

export type ImageAction = 'expire' | 'transition' | 'keep';

export interface ImageOutcome {
  digest: string;
  action: ImageAction;
  rulePriority: number | null;
  reason: string;
  /** Kept because its tags matched this (first matching) rule while a lower rule would have acted. */
  protectedBy?: number;
}

const dayMs = 86_400_000;

interface Candidate {
  image: SampleImage;
  /** The instant the rule measures from: push, pull, restore or archive time. */
  ref: number;
}

const storageClassOf = (image: SampleImage) => image.storageClass ?? 'standard';
const instant = (value: string | undefined) =>
  value === undefined ? undefined : parseInstant(value);

interface ImageTimes {
  pushed: number;
  activated?: number;
  pulled?: number;
  archived?: number;
}

/** Each image's instants are parsed once per image object, not once per rule. */
const imageTimes = new WeakMap<SampleImage, ImageTimes>();
function timesOf(image: SampleImage): ImageTimes {
  let times = imageTimes.get(image);
  if (!times) {
    times = {
      pushed: instant(image.pushedAt)!,
      activated: instant(image.lastActivatedAt),
      pulled: instant(image.lastPulledAt),
      archived: instant(image.archivedAt),
    };
    imageTimes.set(image, times);
  }
  return times;
}

/** §1.4.3: the reference time of an image for a count type. */
function referenceTime(image: SampleImage, countType: string): number {
  const { pushed, activated, pulled, archived } = timesOf(image);
  if (countType === 'imageCountMoreThan') return activated ?? pushed;
  if (countType === 'sinceImageTransitioned') return archived ?? pushed;
  if (countType === 'sinceImagePulled') {
    if (activated !== undefined && (pulled === undefined || pulled < activated)) return activated;
    return pulled ?? pushed;
  }
  return pushed;
}

const refLabel: Record<string, string> = {
  sinceImagePushed: 'pushed',
  sinceImagePulled: 'last pulled (or pushed/restored)',
  sinceImageTransitioned: 'archived',
};

function days(ms: number): string {
  const value = ms / dayMs;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * Images over the rule's threshold, each with its position among the newest (count rules) or
 * its age in ms (age rules); the words are made only for the images a rule acts on.
 */
function overThreshold(
  rule: SimulatedRule,
  candidates: Candidate[],
  now: number,
): Map<SampleImage, number> {
  const { countType, countNumber } = rule.selection;
  const over = new Map<SampleImage, number>();
  if (countType === 'imageCountMoreThan') {
    // Newest first; identical times break by digest so results never depend on input order.
    // In place: the caller only iterates the candidates as a set afterwards.
    const sorted = candidates.sort(
      (a, b) => b.ref - a.ref || (a.image.digest < b.image.digest ? -1 : 1),
    );
    for (let index = countNumber; index < sorted.length; index++)
      over.set(sorted[index]!.image, index + 1);
    return over;
  }
  const limit = countNumber * dayMs;
  for (const c of candidates) if (now - c.ref > limit) over.set(c.image, now - c.ref);
  return over;
}

function whyOver(rule: SimulatedRule, measure: number): string {
  const { countType, countNumber } = rule.selection;
  if (countType === 'imageCountMoreThan')
    return `number ${measure} of the newest, keep ${countNumber}`;
  return `${refLabel[countType] ?? 'pushed'} ${days(measure)} days ago, limit ${countNumber}`;
}

function protectedByManifestList(
  image: SampleImage,
  byDigest: Map<string, SampleImage>,
): SampleImage | undefined {
  const parent =
    image.manifestListDigest === undefined ? undefined : byDigest.get(image.manifestListDigest);
  return parent && storageClassOf(parent) === 'standard' ? parent : undefined;
}

interface Verdict {
  action: ImageAction;
  rule?: SimulatedRule;
  why?: string;
  firstMatch?: SimulatedRule;
  blockedRule?: SimulatedRule;
  heldBy?: SampleImage;
}

export function evaluatePolicy(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome[] {
  const byDigest = new Map(images.map((image) => [image.digest, image]));
  const verdicts = new Map<SampleImage, Verdict>(
    images.map((image) => [image, { action: 'keep' }]),
  );
  const claimed = new Set<SampleImage>();
  for (const rule of [...rules].sort((a, b) => a.rulePriority - b.rulePriority)) {
    const storageClass = rule.selection.storageClass ?? 'standard';
    const candidates: Candidate[] = [];
    for (const image of images) {
      if (
        storageClassOf(image) === storageClass &&
        matchesTagRequirement(rule.selection, image.tags)
      ) {
        candidates.push({ image, ref: referenceTime(image, rule.selection.countType) });
      }
    }
    const over = overThreshold(rule, candidates, now);
    for (const { image } of candidates) {
      const verdict = verdicts.get(image)!;
      verdict.firstMatch ??= rule;
      const measure = over.get(image);
      if (measure === undefined || verdict.action !== 'keep') continue;
      if (claimed.has(image)) {
        verdict.blockedRule ??= rule;
        continue;
      }
      const parent = protectedByManifestList(image, byDigest);
      if (parent) {
        verdict.heldBy = parent;
        continue;
      }
      verdict.action = rule.action.type === 'transition' ? 'transition' : 'expire';
      verdict.rule = rule;
      verdict.why = whyOver(rule, measure);
    }
    for (const { image } of candidates) claimed.add(image);
  }
  return images.map((image) => outcomeOf(image, verdicts.get(image)!, now, describeRule));
}

function outcomeOf(
  image: SampleImage,
  verdict: Verdict,
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome {
  const { digest } = image;
  if (verdict.rule) {
    const verb = verdict.action === 'transition' ? 'archived' : 'expired';
    return {
      digest,
      action: verdict.action,
      rulePriority: verdict.rule.rulePriority,
      reason: `${verb} by rule ${verdict.rule.rulePriority}: ${verdict.why}${borderline(image, verdict.rule, now)}`,
    };
  }
  const keep = (reason: string) => ({
    digest,
    action: 'keep' as const,
    rulePriority: null,
    reason,
  });
  if (verdict.heldBy)
    return keep(
      `kept: referenced by the manifest list ${verdict.heldBy.digest}, which still exists`,
    );
  if (verdict.blockedRule && verdict.firstMatch) {
    return {
      ...keep(
        `protected: its tags match rule ${verdict.firstMatch.rulePriority}, so rule ${verdict.blockedRule.rulePriority} cannot act on it`,
      ),
      protectedBy: verdict.firstMatch.rulePriority,
    };
  }
  const rule = verdict.firstMatch;
  if (!rule)
    return keep(
      storageClassOf(image) === 'archive'
        ? 'kept: no rule selects archived images'
        : 'kept: no rule selects it',
    );
  if (rule.selection.countType === 'imageCountMoreThan') {
    return keep(
      `kept: one of the ${rule.selection.countNumber} newest ${describeRule(rule)} (rule ${rule.rulePriority})`,
    );
  }
  const age = now - referenceTime(image, rule.selection.countType);
  return keep(
    `kept: ${refLabel[rule.selection.countType] ?? 'pushed'} ${days(Math.max(0, age))} days ago, rule ${rule.rulePriority} acts after ${rule.selection.countNumber}${borderline(image, rule, now)}`,
  );
}

/** ECR acts asynchronously within 24 h, so results within a day of an age threshold may differ. */
function borderline(image: SampleImage, rule: SimulatedRule, now: number): string {
  if (rule.selection.countType === 'imageCountMoreThan') return '';
  const margin = Math.abs(
    now - referenceTime(image, rule.selection.countType) - rule.selection.countNumber * dayMs,
  );
  return margin <= dayMs ? ' (borderline: within 24 h of the threshold; ECR acts within 24 h)' : '';
}
