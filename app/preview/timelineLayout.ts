/**
 * The timeline picture's arithmetic, kept apart from the canvas so it can be tested: which lane
 * (deciding rule) each image sits in, where along the push-time axis, what has happened to it by
 * a day of the slider, and what each rule has expired and archived by then.
 */
import type { FirstAction, SampleImage } from '../../engine/index';

const dayMs = 86_400_000;

/** A row of the picture: the images one rule decides, referrers going with their subject, or the kept. */
export interface TimelineLane {
  /** Stable React key. */
  key: string;
  kind: 'rule' | 'subject' | 'kept';
  /** The deciding rule, for rule lanes. */
  rulePriority: number | null;
  label: string;
  /** Image indices in this lane, ascending. */
  indices: number[];
}

/**
 * The rule whose run first acts on each image, or null for images no rule acts on within the
 * horizon. A referrer (signature, SBOM) that goes with its subject has no rule of its own in
 * the engine's outcome (rulePriority null); it is drawn with its subject's rule, found through
 * subjectDigest, so a rule's lane and totals include the referrers it takes along. Undefined:
 * acted on, but the deciding rule cannot be found (subject missing from the images).
 */
export function decidingRules(
  images: readonly SampleImage[],
  firstActions: readonly (FirstAction | undefined)[],
): (number | null | undefined)[] {
  const indexOf = new Map(images.map((image, i) => [image.digest, i]));
  return images.map((_, i) => {
    // A chain of referrers (a signature of an SBOM) is short; the bound only guards a cycle.
    let at = i;
    for (let hops = 0; hops <= images.length; hops++) {
      const action = firstActions[at];
      if (action === undefined) return hops === 0 ? null : undefined;
      if (action.rulePriority !== null) return action.rulePriority;
      const subject = images[at]!.subjectDigest;
      const next = subject === undefined ? undefined : indexOf.get(subject);
      if (next === undefined) return undefined;
      at = next;
    }
    return undefined;
  });
}

/**
 * One lane per rule in the given (priority) order, even a rule that acts on nothing within the
 * horizon, so the picture lines up with the rule list; then any priority the actions name but
 * the rules do not (a stale rule list while the simulation catches up), then referrers whose
 * subject could not be found, then the images kept throughout.
 */
export function lanesOf(
  images: readonly SampleImage[],
  firstActions: readonly (FirstAction | undefined)[],
  rules: readonly { rulePriority: number; label: string }[],
  days: number,
): TimelineLane[] {
  const byRule = new Map<number, TimelineLane>();
  const lanes: TimelineLane[] = [];
  for (const rule of rules) {
    if (byRule.has(rule.rulePriority)) continue;
    const lane: TimelineLane = {
      key: `rule-${rule.rulePriority}`,
      kind: 'rule',
      rulePriority: rule.rulePriority,
      label: rule.label,
      indices: [],
    };
    byRule.set(rule.rulePriority, lane);
    lanes.push(lane);
  }
  const unlisted: TimelineLane[] = [];
  const subject: TimelineLane = {
    key: 'subject',
    kind: 'subject',
    rulePriority: null,
    label: 'With their subject',
    indices: [],
  };
  const kept: TimelineLane = {
    key: 'kept',
    kind: 'kept',
    rulePriority: null,
    label: `Kept: no rule acts within ${days === 1 ? '1 day' : `${days} days`}`,
    indices: [],
  };
  decidingRules(images, firstActions).forEach((priority, i) => {
    if (priority === null) kept.indices.push(i);
    else if (priority === undefined) subject.indices.push(i);
    else {
      let lane = byRule.get(priority);
      if (!lane) {
        lane = {
          key: `rule-${priority}`,
          kind: 'rule',
          rulePriority: priority,
          label: `Rule ${priority}`,
          indices: [],
        };
        byRule.set(priority, lane);
        unlisted.push(lane);
      }
      lane.indices.push(i);
    }
  });
  unlisted.sort((a, b) => a.rulePriority! - b.rulePriority!);
  lanes.push(...unlisted);
  if (subject.indices.length > 0) lanes.push(subject);
  lanes.push(kept);
  return lanes;
}

/** The push-time range of the images (ms), or undefined when none has a readable pushedAt. */
export function pushRange(
  images: readonly SampleImage[],
): { min: number; max: number } | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const image of images) {
    const t = Date.parse(image.pushedAt);
    if (Number.isNaN(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * Where each image sits along the axis, 0 (oldest push) to 1 (newest). When every push is at
 * the same instant (one image, or a batch) they sit in the middle, not at an edge. NaN for an
 * unreadable pushedAt: such an image is left out of the picture (still counted in the totals).
 */
export function pushFractions(
  images: readonly SampleImage[],
  range = pushRange(images),
): Float64Array {
  const out = new Float64Array(images.length).fill(Number.NaN);
  if (!range) return out;
  const span = range.max - range.min;
  images.forEach((image, i) => {
    const t = Date.parse(image.pushedAt);
    if (Number.isNaN(t)) return;
    out[i] = span === 0 ? 0.5 : (t - range.min) / span;
  });
  return out;
}

export type ImageState =
  | { kind: 'kept' }
  | { kind: 'archived'; since: number }
  | { kind: 'expired'; on: number };

/**
 * An image on slider day `day`: kept until its first action's run, then archived since or
 * expired on that day. An archived image that a later rule expires from the archive still
 * shows as archived: the timeline reports only the first action.
 */
export function stateOn(action: FirstAction | undefined, day: number): ImageState {
  if (action === undefined || action.day > day) return { kind: 'kept' };
  return action.action === 'expire'
    ? { kind: 'expired', on: action.day }
    : { kind: 'archived', since: action.day };
}

export interface TimelineTotals {
  expired: number;
  archived: number;
  /** Bytes of the expired images (known sizes only). */
  bytesFreed: number;
  /** Bytes of the archived images (known sizes only). */
  bytesArchived: number;
  /** Expired or archived images without a sizeInBytes, so the byte figures are a lower bound. */
  expiredUnsized: number;
  archivedUnsized: number;
  /** Of those, the ones the run on `day` itself expired or archived. */
  expiredOnDay: number;
  archivedOnDay: number;
}

const emptyTotals = (): TimelineTotals => ({
  expired: 0,
  archived: 0,
  bytesFreed: 0,
  bytesArchived: 0,
  expiredUnsized: 0,
  archivedUnsized: 0,
  expiredOnDay: 0,
  archivedOnDay: 0,
});

function add(totals: TimelineTotals, image: SampleImage, action: FirstAction, day: number): void {
  const size = image.sizeInBytes;
  if (action.action === 'expire') {
    totals.expired++;
    if (size === undefined) totals.expiredUnsized++;
    else totals.bytesFreed += size;
    if (action.day === day) totals.expiredOnDay++;
  } else {
    totals.archived++;
    if (size === undefined) totals.archivedUnsized++;
    else totals.bytesArchived += size;
    if (action.day === day) totals.archivedOnDay++;
  }
}

/** What each lane (same order as `lanes`) and the whole policy have expired and archived by `day`. */
export function totalsOn(
  lanes: readonly TimelineLane[],
  images: readonly SampleImage[],
  firstActions: readonly (FirstAction | undefined)[],
  day: number,
): { byLane: TimelineTotals[]; total: TimelineTotals } {
  const total = emptyTotals();
  const byLane = lanes.map((lane) => {
    const totals = emptyTotals();
    for (const i of lane.indices) {
      const action = firstActions[i];
      if (action === undefined || action.day > day) continue;
      add(totals, images[i]!, action, day);
      add(total, images[i]!, action, day);
    }
    return totals;
  });
  return { byLane, total };
}

const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** "0 bytes", "512 bytes", "1.5 MiB", "23 GiB": binary units, as ECR's imageSizeInBytes adds up. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return whole === 1 ? '1 byte' : `${whole} bytes`;
  }
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // Three significant figures at most; rounding 1023.9 up reaches the next unit.
  let text = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  if (Number(text) >= 1024 && unit < units.length - 1) {
    unit++;
    text = (Number(text) / 1024).toFixed(2);
  }
  return `${text.replace(/\.0+$|(\.\d*[1-9])0+$/, '$1')} ${units[unit]}`;
}

/**
 * Bytes with the images of unknown size owned up to: "1.5 MiB", "at least 1.5 MiB" when some
 * have no size, "size unknown" when none has.
 */
export function describeBytes(bytes: number, count: number, unsized: number): string {
  if (unsized === 0 || count === 0) return formatBytes(bytes);
  return unsized === count ? 'size unknown' : `at least ${formatBytes(bytes)}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "13 Dec 2026", in UTC like the rest of the preview (its days start at noon UTC). */
export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The instant of slider day `day`'s run. */
export const instantOfDay = (now: number, day: number): number => now + day * dayMs;

export interface AxisTick {
  at: number;
  label: string;
}

type TickUnit = { unit: 'day' | 'month' | 'year'; step: number };

const tickUnits: readonly TickUnit[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'day', step: 14 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
];

function ticksFor({ unit, step }: TickUnit, min: number, max: number, limit: number): number[] {
  const out: number[] = [];
  const start = new Date(min);
  if (unit === 'day') {
    // Whole UTC days counted from the epoch, so ticks do not jump about as the range changes.
    let day = Math.ceil(min / dayMs / step) * step;
    for (; day * dayMs <= max && out.length <= limit; day += step) out.push(day * dayMs);
    return out;
  }
  let year = start.getUTCFullYear();
  let month = unit === 'month' ? start.getUTCMonth() : 0;
  if (unit === 'year') year = Math.floor(year / step) * step;
  else month = Math.floor(month / step) * step;
  while (out.length <= limit) {
    const at = Date.UTC(year, month, 1);
    if (at > max) break;
    if (at >= min) out.push(at);
    if (unit === 'year') year += step;
    else month += step;
  }
  return out;
}

/**
 * A few date ticks for the push-time axis (at most `limit`), at whole UTC days, months or years,
 * with labels as precise as the step needs: "13 Dec", "Dec 2026", "2026". A range too short for
 * a tick (all pushes within a day) gets one tick at its start.
 */
export function axisTicks(min: number, max: number, limit = 6): AxisTick[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const most = Math.max(1, Math.floor(limit));
  for (const unit of tickUnits) {
    const ticks = ticksFor(unit, lo, hi, most);
    if (ticks.length > most) continue;
    if (ticks.length === 0) break;
    const years = new Set(ticks.map((t) => new Date(t).getUTCFullYear()));
    return ticks.map((at) => ({ at, label: tickLabel(at, unit.unit, years.size > 1) }));
  }
  return [{ at: lo, label: formatDay(lo) }];
}

function tickLabel(at: number, unit: TickUnit['unit'], manyYears: boolean): string {
  const d = new Date(at);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return `${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return manyYears ? formatDay(at) : `${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
}

/**
 * Marks that fall in the same pixel column are spread up and down the lane around its middle
 * (0, +1, −1, +2, −2 …) so a burst of pushes reads as a taller stack rather than one dot;
 * beyond `levels` they wrap and overlap. Returns each mark's offset from the middle, in
 * levels, in input order.
 */
export function stackOffsets(columns: ArrayLike<number>, levels: number): Int16Array {
  const out = new Int16Array(columns.length);
  const most = Math.max(1, Math.floor(levels));
  const seen = new Map<number, number>();
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k]!;
    const n = seen.get(column) ?? 0;
    seen.set(column, n + 1);
    const level = n % most;
    out[k] = level === 0 ? 0 : level % 2 === 1 ? (level + 1) / 2 : -level / 2;
  }
  return out;
}
