/**
 * ECR's lifecycle evaluation (ecr-lifecycle-spec.md §1.4.4): all rules are evaluated together,
 * applied in priority order; an image whose tags match a higher rule is protected from lower
 * rules, yet still fills their count slots; at most one action per image per run. Children of
 * an image index are held while it exists (§1.4.1 fact 11); a referrer follows its subject
 * (fact 12).
 */
import type { ImageOutcome, SimulatedRule, Verdicts } from './evaluationTypes';
import { dayMs, type ImageTable, none, tableOf, timeKindOf } from './imageTable';
import { actionOf, outcomesOf } from './outcomeReasons';
import type { SampleImage } from './sampleImages';
import { selectionClasses } from './tagMatching';

// The evaluation's types live apart so that outcomeReasons, which this module calls, can use them.
export type { ImageAction, ImageOutcome, SimulatedRule, Verdicts } from './evaluationTypes';

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

const counts = (rule: SimulatedRule) => rule.selection.countType === 'imageCountMoreThan';

/** The rules as a run applies them, for one table of images. */
export interface Policy {
  /** By rulePriority. */
  rules: readonly SimulatedRule[];
  /**
   * By rule: the images its tags select, whatever their storage class, in the order the run
   * visits them: newest first for a count rule (an age rule's verdicts do not depend on it).
   */
  selections: Int32Array[];
}

export function policyOf(rules: readonly SimulatedRule[], table: ImageTable): Policy {
  const sorted = [...rules].sort((a, b) => a.rulePriority - b.rulePriority);
  const { classOf, members } = selectionClasses(
    sorted.map((rule) => rule.selection),
    table.images,
  );
  // Only the images some count rule selects are sorted (often none: count rules tend to select
  // releases, the bulk is CI builds).
  const counted = members.map((selecting) => selecting.some((r) => counts(sorted[r]!)));
  const newest: number[] = [];
  const perClass = new Int32Array(members.length);
  // Indexed loops: they visit every image, and for…of over typed arrays allocates here.
  for (let i = 0; i < classOf.length; i++) {
    perClass[classOf[i]!]!++;
    if (counted[classOf[i]!]) newest.push(i);
  }
  sortNewestFirst(table, newest);
  const sizes = new Int32Array(sorted.length);
  members.forEach((selecting, c) => {
    for (const r of selecting) sizes[r]! += perClass[c]!;
  });
  const selections = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(sorted.length);
  const add = (i: number) => {
    const selecting = members[classOf[i]!]!;
    for (let m = 0; m < selecting.length; m++) {
      const r = selecting[m]!;
      selections[r]![filled[r]!++] = i;
    }
  };
  for (let k = 0; k < newest.length; k++) add(newest[k]!);
  for (let i = 0; i < classOf.length; i++) if (!counted[classOf[i]!]) add(i);
  return { rules: sorted, selections };
}

/** The policy for the images subsetTable kept (`moved`: old index to new, or none). */
export function subsetPolicy(policy: Policy, moved: Int32Array): Policy {
  return {
    rules: policy.rules,
    selections: policy.selections.map((selection) => {
      let size = 0;
      for (let k = 0; k < selection.length; k++) if (moved[selection[k]!] !== none) size++;
      const kept = new Int32Array(size);
      size = 0;
      for (let k = 0; k < selection.length; k++) {
        const i = moved[selection[k]!]!;
        if (i !== none) kept[size++] = i;
      }
      return kept;
    }),
  };
}

/**
 * One run at `now`. `soonest` is the earliest reference time plus limit among the images that
 * age rules select and do not yet exceed: before `now` passes it, every age comparison, and so
 * the run's result on the same images, stays the same (the timeline skips those days).
 */
export function runPolicy(
  policy: Policy,
  table: ImageTable,
  now: number,
): { verdicts: Verdicts; soonest: number } {
  const verdicts = verdictsFor(table.images.length, policy.rules.length);
  const pass = { table, selected: new Int32Array(table.images.length), verdicts, now };
  let soonest = Number.POSITIVE_INFINITY;
  policy.rules.forEach((rule, r) => {
    soonest = Math.min(soonest, applyRule(rule, r, policy.selections[r]!, pass));
  });
  followSubjects(table, policy.rules, verdicts);
  return { verdicts, soonest };
}

export function evaluatePolicy(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome[] {
  const table = tableOf(
    images,
    rules.map((rule) => rule.selection.countType),
  );
  const policy = policyOf(rules, table);
  const { verdicts } = runPolicy(policy, table, now);
  return outcomesOf({ table, rules: policy.rules, verdicts, now, describeRule });
}

/** The rule whose action applies to image i in this run (its own, or its subject's), or none. */
export function actingRule(verdicts: Verdicts, i: number): number {
  return verdicts.actedBy[i] !== none ? verdicts.actedBy[i]! : verdicts.followRule[i]!;
}

interface Pass {
  table: ImageTable;
  selected: Int32Array;
  verdicts: Verdicts;
  now: number;
}

/** Applies rule r to the images of its selection; returns the soonest due time (runPolicy). */
function applyRule(rule: SimulatedRule, r: number, selection: Int32Array, pass: Pass): number {
  const { table, selected, verdicts, now } = pass;
  const { countType, countNumber, storageClass } = rule.selection;
  const wanted = storageClass === 'archive' ? 1 : 0;
  const counting = counts(rule);
  const limit = countNumber * dayMs;
  const time = table.times[timeKindOf(countType)]!;
  let soonest = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let k = 0; k < selection.length; k++) {
    const i = selection[k]!;
    if (table.archived[i] !== wanted) continue;
    selected[count++] = i;
    const measure = counting ? count : now - time[i]!;
    const over = counting ? count > countNumber : measure > limit;
    if (!counting && !over && time[i]! + limit < soonest) soonest = time[i]! + limit;
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
  return soonest;
}

/** Sorts image indices newest first by the count rules' reference time; equal times by digest. */
function sortNewestFirst(table: ImageTable, indices: number[]): void {
  const { images } = table;
  const time = table.times[timeKindOf('imageCountMoreThan')]!;
  // A plain array: its sort is faster than Int32Array's and quick on runs already in order.
  indices.sort((a, b) => {
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
  const chainRule = (i: number, depth: number): number => {
    if (verdicts.actedBy[i] !== none) return verdicts.actedBy[i]!;
    const subject = table.subject[i]!;
    if (subject === none || depth > table.images.length) return none;
    return chainRule(subject, depth + 1);
  };
  for (let i = 0; i < table.images.length; i++) {
    const subject = table.subject[i]!;
    if (subject === none || subject === i || verdicts.actedBy[i] !== none) continue;
    if (verdicts.heldBy[i] !== none) continue;
    const rule = chainRule(subject, 0);
    if (rule === none) continue;
    if (actionOf(rules[rule]!) === 'transition' && table.archived[i]) continue;
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
  const time = table.times[timeKindOf('imageCountMoreThan')]!;
  const timeAt = (k: number) => time[selected[k]!]!;
  const tied = timeAt(countNumber - 1);
  if (timeAt(countNumber) !== tied) return;
  for (let k = 0; k < count; k++) {
    const i = selected[k]!;
    if (timeAt(k) === tied && verdicts.firstMatch[i] === rule) verdicts.tiedAt[i] = rule;
  }
}
