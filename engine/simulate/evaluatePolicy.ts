/**
 * ECR's lifecycle evaluation (ecr-lifecycle-spec.md §1.4.4): all rules are evaluated together,
 * applied in priority order; an image whose tags match a higher rule is protected from lower
 * rules, yet still fills their count slots; at most one action per image per run.
 */
import { countOf } from '../text/countOf';
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
  /** Within 24 h of an age threshold: ECR acts within 24 h of it, so the result may differ. */
  borderline?: true;
  /**
   * At a count rule's limit among images of the same time: which of them ECR keeps is not
   * documented; the preview keeps the lower digest.
   */
  tieBreak?: true;
}

const dayMs = 86_400_000;
const none = -1;

/** Sample images come parsed (parseSampleImages, parseDesign): their instants are valid ISO text. */
const instant = (value: string | undefined) =>
  value === undefined ? undefined : Date.parse(value);

/** The images as the evaluation reads them: parsed once, by index. */
interface ImageTable {
  images: readonly SampleImage[];
  archived: Uint8Array;
  pushed: Float64Array;
  activated: (number | undefined)[];
  pulled: (number | undefined)[];
  archivedAt: (number | undefined)[];
}

function tableOf(images: readonly SampleImage[]): ImageTable {
  const n = images.length;
  const table: ImageTable = {
    images,
    archived: new Uint8Array(n),
    pushed: new Float64Array(n),
    activated: new Array(n),
    pulled: new Array(n),
    archivedAt: new Array(n),
  };
  images.forEach((image, i) => {
    table.archived[i] = image.storageClass === 'archive' ? 1 : 0;
    table.pushed[i] = instant(image.pushedAt)!;
    table.activated[i] = instant(image.lastActivatedAt);
    table.pulled[i] = instant(image.lastPulledAt);
    table.archivedAt[i] = instant(image.archivedAt);
  });
  return table;
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

/** §1.4.3: the reference time of an image for a count type. */
function referenceTime(table: ImageTable, i: number, countType: string): number {
  const pushed = table.pushed[i]!;
  const activated = table.activated[i];
  if (countType === 'imageCountMoreThan') return activated ?? pushed;
  if (countType === 'sinceImageTransitioned') return table.archivedAt[i] ?? pushed;
  if (countType === 'sinceImagePulled') {
    const pulled = table.pulled[i];
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

/** "1 day", "2.5 days": an age in whole days, or to one decimal. */
function days(ms: number): string {
  const value = ms / dayMs;
  return Number.isInteger(value) ? countOf(value, 'day') : `${value.toFixed(1)} days`;
}

/** What the rules decided for each image, by image index (rule indices into the sorted rules). */
interface Verdicts {
  /** The rule that acts on the image, or none. */
  actedBy: Int32Array;
  /** Its position among the newest (count rules) or its age in ms (age rules). */
  measure: Float64Array;
  /** The first rule whose selection includes the image. */
  firstMatch: Int32Array;
  /** The first lower rule that would have acted but for firstMatch. */
  blocked: Int32Array;
  /** The manifest list that holds the image, by index. */
  heldBy: Int32Array;
  /** The count rule at whose limit the image tied with another of the same time. */
  tiedAt: Int32Array;
}

function verdictsFor(n: number): Verdicts {
  const filled = () => new Int32Array(n).fill(none);
  return {
    actedBy: filled(),
    measure: new Float64Array(n),
    firstMatch: filled(),
    blocked: filled(),
    heldBy: filled(),
    tiedAt: filled(),
  };
}

export function evaluatePolicy(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome[] {
  const table = tableOf(images);
  const n = images.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(images[i]!.digest, i);
  const sorted = [...rules].sort((a, b) => a.rulePriority - b.rulePriority);
  const verdicts = verdictsFor(n);
  const selected = new Int32Array(n);
  // Sorted once, and only for a policy with a count rule.
  const counts = (rule: SimulatedRule) => rule.selection.countType === 'imageCountMoreThan';
  const order = sorted.some(counts) ? newestFirst(table) : undefined;

  sorted.forEach((rule, r) => {
    const { countType, countNumber, storageClass } = rule.selection;
    const wanted = storageClass === 'archive' ? 1 : 0;
    const counting = counts(rule);
    const limit = countNumber * dayMs;
    const matches = tagMatcher(rule.selection);
    let count = 0;
    for (let k = 0; k < n; k++) {
      const i = counting ? order![k]! : k;
      if (table.archived[i] !== wanted || !matches(images[i]!.tags)) continue;
      selected[count++] = i;
      const measure = counting ? count : now - referenceTime(table, i, countType);
      const over = counting ? count > countNumber : measure > limit;
      const claimed = verdicts.firstMatch[i] !== none;
      if (!claimed) verdicts.firstMatch[i] = r;
      if (!over || verdicts.actedBy[i] !== none || verdicts.heldBy[i] !== none) continue;
      if (claimed) {
        if (verdicts.blocked[i] === none) verdicts.blocked[i] = r;
        continue;
      }
      const parent = manifestListOf(images[i]!, indexOf, table);
      if (parent !== none) verdicts.heldBy[i] = parent;
      else {
        verdicts.actedBy[i] = r;
        verdicts.measure[i] = measure;
      }
    }
    if (counting && count > countNumber && countNumber > 0)
      markTies(table, selected, count, countNumber, r, verdicts);
  });
  const descriptions = new Map<SimulatedRule, string>();
  const described = (rule: SimulatedRule) => {
    if (!descriptions.has(rule)) descriptions.set(rule, describeRule(rule));
    return descriptions.get(rule)!;
  };
  return images.map((_, i) => outcomeOf(i, table, sorted, verdicts, now, described));
}

/** The manifest list that references the image and still exists (standard storage), or none. */
function manifestListOf(image: SampleImage, indexOf: Map<string, number>, table: ImageTable) {
  const parent =
    image.manifestListDigest === undefined ? undefined : indexOf.get(image.manifestListDigest);
  return parent !== undefined && table.archived[parent] === 0 ? parent : none;
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

function outcomeOf(
  i: number,
  table: ImageTable,
  rules: readonly SimulatedRule[],
  verdicts: Verdicts,
  now: number,
  describeRule: (rule: SimulatedRule) => string,
): ImageOutcome {
  const { digest } = table.images[i]!;
  const tie = (rule: number): Pick<ImageOutcome, 'tieBreak'> & { note: string } =>
    verdicts.tiedAt[i] === rule
      ? {
          tieBreak: true,
          note: ` (tie: another image has the same time at rule ${rules[rule]!.rulePriority}'s limit; ECR does not document which it keeps, the preview keeps the lower digest)`,
        }
      : { note: '' };
  const acted = verdicts.actedBy[i]!;
  if (acted !== none) {
    const rule = rules[acted]!;
    const action = rule.action.type === 'transition' ? 'transition' : 'expire';
    const { note, ...tieBreak } = tie(acted);
    const edge = borderline(table, i, rule, now);
    const why =
      rule.selection.countType === 'imageCountMoreThan'
        ? `number ${verdicts.measure[i]} of the newest, keep ${rule.selection.countNumber}`
        : `${refLabel[rule.selection.countType] ?? 'pushed'} ${days(verdicts.measure[i]!)} ago, limit ${rule.selection.countNumber}`;
    return {
      digest,
      action,
      rulePriority: rule.rulePriority,
      reason: `${action === 'transition' ? 'archived' : 'expired'} by rule ${rule.rulePriority}: ${why}${edge.note}${note}`,
      ...edge.flag,
      ...tieBreak,
    };
  }
  const keep = (reason: string, fields: Partial<ImageOutcome> = {}): ImageOutcome => ({
    digest,
    action: 'keep',
    rulePriority: null,
    reason,
    ...fields,
  });
  const heldBy = verdicts.heldBy[i]!;
  if (heldBy !== none) {
    const list = table.images[heldBy]!.digest;
    return keep(`kept: referenced by the manifest list ${list}, which still exists`, {
      heldByManifestList: list,
    });
  }
  const first = verdicts.firstMatch[i]!;
  const blocked = verdicts.blocked[i]!;
  if (first === none)
    return keep(
      table.archived[i] ? 'kept: no rule selects archived images' : 'kept: no rule selects it',
    );
  const rule = rules[first]!;
  if (blocked !== none) {
    return keep(
      `protected: its tags match rule ${rule.rulePriority}, so rule ${rules[blocked]!.rulePriority} cannot act on it`,
      { protectedBy: rule.rulePriority },
    );
  }
  const { note, ...tieBreak } = tie(first);
  const { countType, countNumber } = rule.selection;
  if (countType === 'imageCountMoreThan') {
    return keep(
      `kept: ${countNumber === 1 ? 'the newest' : `one of the ${countNumber} newest`} ${describeRule(rule)} (rule ${rule.rulePriority})${note}`,
      { keptBy: rule.rulePriority, ...tieBreak },
    );
  }
  const age = now - referenceTime(table, i, countType);
  const edge = borderline(table, i, rule, now);
  return keep(
    `kept: ${refLabel[countType] ?? 'pushed'} ${days(Math.max(0, age))} ago, rule ${rule.rulePriority} acts after ${countNumber}${edge.note}`,
    { keptBy: rule.rulePriority, ...edge.flag },
  );
}

/** ECR acts asynchronously within 24 h, so results within a day of an age threshold may differ. */
function borderline(
  table: ImageTable,
  i: number,
  rule: SimulatedRule,
  now: number,
): { note: string; flag: Pick<ImageOutcome, 'borderline'> } {
  const { countType, countNumber } = rule.selection;
  const margin =
    countType === 'imageCountMoreThan'
      ? Number.POSITIVE_INFINITY
      : Math.abs(now - referenceTime(table, i, countType) - countNumber * dayMs);
  return margin <= dayMs
    ? {
        note: ' (borderline: within 24 h of the threshold; ECR acts within 24 h)',
        flag: { borderline: true },
      }
    : { note: '', flag: {} };
}
