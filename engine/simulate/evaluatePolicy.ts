/**
 * ECR's lifecycle evaluation (ecr-lifecycle-spec.md §1.4.4): all rules are evaluated together,
 * applied in priority order; an image whose tags match a higher rule is protected from lower
 * rules, yet still fills their count slots; at most one action per image per run. Children of
 * an image index are held while it exists (§1.4.1 fact 11); a referrer follows its subject
 * (fact 12).
 */
import { type ImageTable, none, referenceTime, tableOf } from './imageTable';
import { outcomeOf } from './outcomeReasons';
import type { SampleImage } from './sampleImages';
import { type TagSelection, tagMatcher } from './tagMatching';

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
  /** Kept within the count or age limit of this rule, the first that selects it. */
  keptBy?: number;
  /** Kept because this manifest list, which references it, still exists. */
  heldByManifestList?: string;
  /** A referrer expired or archived with its subject, this digest (ECR does so within 24 h). */
  followsSubject?: string;
  /** Within 24 h of an age threshold: ECR acts within 24 h of it, so the result may differ. */
  borderline?: true;
  /**
   * At a count rule's limit among images of the same time: which of them ECR keeps is not
   * documented; the preview keeps the lower digest.
   */
  tieBreak?: true;
}

/** What the rules decided for each image, by image index (rule indices into the sorted rules). */
export interface Verdicts {
  /** The rule that acts on the image, or none. */
  actedBy: Int32Array;
  /** Its position among the newest (count rules) or its age in ms (age rules). */
  measure: Float64Array;
  /** The first rule whose selection includes the image, and the image's measure there. */
  firstMatch: Int32Array;
  firstMeasure: Float64Array;
  /** The first lower rule that would have acted but for firstMatch. */
  blocked: Int32Array;
  /** The manifest list that holds the image, by index. */
  heldBy: Int32Array;
  /** The count rule at whose limit the image tied with another of the same time. */
  tiedAt: Int32Array;
  /** A referrer's subject, when the referrer goes with it; and the rule acting on that chain. */
  follows: Int32Array;
  followRule: Int32Array;
  /** How many images each rule selects, by rule index. */
  selectedCount: Int32Array;
}

function verdictsFor(n: number, rules: number): Verdicts {
  const filled = () => new Int32Array(n).fill(none);
  return {
    actedBy: filled(),
    measure: new Float64Array(n),
    firstMatch: filled(),
    firstMeasure: new Float64Array(n),
    blocked: filled(),
    heldBy: filled(),
    tiedAt: filled(),
    follows: filled(),
    followRule: filled(),
    selectedCount: new Int32Array(rules),
  };
}

const dayMs = 86_400_000;
const counts = (rule: SimulatedRule) => rule.selection.countType === 'imageCountMoreThan';

export function evaluatePolicy(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome[] {
  const table = tableOf(images);
  const sorted = [...rules].sort((a, b) => a.rulePriority - b.rulePriority);
  const verdicts = verdictsFor(images.length, sorted.length);
  // Sorted once, and only for a policy with a count rule.
  const order = sorted.some(counts) ? newestFirst(table) : undefined;
  const selected = new Int32Array(images.length);
  sorted.forEach((rule, r) => {
    applyRule(rule, r, { table, order, selected, verdicts, now });
  });
  followSubjects(table, sorted, verdicts);
  const descriptions = new Map<SimulatedRule, string>();
  const described = (rule: SimulatedRule) => {
    if (!descriptions.has(rule)) descriptions.set(rule, describeRule(rule));
    return descriptions.get(rule)!;
  };
  return images.map((_, i) => outcomeOf(i, { table, rules: sorted, verdicts, now, described }));
}

interface Pass {
  table: ImageTable;
  order: Int32Array | undefined;
  selected: Int32Array;
  verdicts: Verdicts;
  now: number;
}

function applyRule(rule: SimulatedRule, r: number, pass: Pass): void {
  const { table, order, selected, verdicts, now } = pass;
  const { countType, countNumber, storageClass } = rule.selection;
  const wanted = storageClass === 'archive' ? 1 : 0;
  const counting = counts(rule);
  const limit = countNumber * dayMs;
  const matches = tagMatcher(rule.selection);
  let count = 0;
  for (let k = 0; k < table.images.length; k++) {
    const i = counting ? order![k]! : k;
    if (table.archived[i] !== wanted || !matches(table.images[i]!.tags)) continue;
    selected[count++] = i;
    const measure = counting ? count : now - referenceTime(table, i, countType);
    const over = counting ? count > countNumber : measure > limit;
    const claimed = verdicts.firstMatch[i] !== none;
    if (!claimed) {
      verdicts.firstMatch[i] = r;
      verdicts.firstMeasure[i] = measure;
    }
    if (!over || verdicts.actedBy[i] !== none || verdicts.heldBy[i] !== none) continue;
    if (claimed) {
      if (verdicts.blocked[i] === none) verdicts.blocked[i] = r;
      continue;
    }
    const parent = table.parent[i]!;
    // An index still in standard storage holds its children, even one this run acts on.
    if (parent !== none && table.archived[parent] === 0) verdicts.heldBy[i] = parent;
    else {
      verdicts.actedBy[i] = r;
      verdicts.measure[i] = measure;
    }
  }
  verdicts.selectedCount[r] = count;
  if (counting && count > countNumber && countNumber > 0)
    markTies(table, selected, count, countNumber, r, verdicts);
}

/** Indices newest first by the count rules' reference time; equal times by digest. */
function newestFirst(table: ImageTable): Int32Array {
  const { images } = table;
  const order = Int32Array.from(images, (_, i) => i);
  const time = Float64Array.from(images, (_, i) => referenceTime(table, i, 'imageCountMoreThan'));
  return order.sort((a, b) => {
    const byTime = time[b]! - time[a]!;
    if (byTime !== 0) return byTime;
    const [x, y] = [images[a]!.digest, images[b]!.digest];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

/**
 * A referrer whose subject this run expires or archives goes with it (a chain of referrers
 * too). An archive of the subject leaves an already archived referrer where it is.
 */
function followSubjects(table: ImageTable, rules: readonly SimulatedRule[], verdicts: Verdicts) {
  const actingRule = (i: number, depth: number): number => {
    if (verdicts.actedBy[i] !== none) return verdicts.actedBy[i]!;
    const subject = table.subject[i]!;
    if (subject === none || depth > table.images.length) return none;
    return actingRule(subject, depth + 1);
  };
  for (let i = 0; i < table.images.length; i++) {
    const subject = table.subject[i]!;
    if (subject === none || subject === i || verdicts.actedBy[i] !== none) continue;
    if (verdicts.heldBy[i] !== none) continue;
    const rule = actingRule(subject, 0);
    if (rule === none) continue;
    if (rules[rule]!.action.type === 'transition' && table.archived[i]) continue;
    verdicts.follows[i] = subject;
    verdicts.followRule[i] = rule;
  }
}

/**
 * When the images on both sides of a count rule's limit have the same time, every image of that
 * time tied; it matters to those whose outcome this rule decides (the first rule selecting them).
 */
function markTies(
  table: ImageTable,
  selected: Int32Array,
  count: number,
  countNumber: number,
  rule: number,
  verdicts: Verdicts,
): void {
  const timeAt = (k: number) => referenceTime(table, selected[k]!, 'imageCountMoreThan');
  const tied = timeAt(countNumber - 1);
  if (timeAt(countNumber) !== tied) return;
  for (let k = 0; k < count; k++) {
    const i = selected[k]!;
    if (timeAt(k) === tied && verdicts.firstMatch[i] === rule) verdicts.tiedAt[i] = rule;
  }
}
