/**
 * When each image goes: the policy run once a day from `now` to `now + days`, each run on what
 * the earlier runs left (expired images gone, archived ones in the archive since that run, an
 * index's children free once it is gone). ECR applies one action per image per run; the first
 * is reported. No pushes or pulls after `now` are assumed (the `timeline` assumption).
 */
import type { Design } from '../design/designSchema';
import {
  actingRule,
  type ImageAction,
  policyOf,
  runPolicy,
  type SimulatedRule,
  subsetPolicy,
} from './evaluatePolicy';
import { archiveImage, dayMs, none, subsetTable, tableOf } from './imageTable';
import { actionOf } from './outcomeReasons';
import type { SampleImage } from './sampleImages';
import { repositoryPolicy, type SimulationResult } from './simulate';

/** The first run that expires or archives an image. */
export interface FirstAction {
  /** Days after `now`: 0 is the run at `now`. */
  day: number;
  /** The instant of that run, ISO 8601. */
  on: string;
  action: Exclude<ImageAction, 'keep'>;
  rulePriority: number | null;
}

/** The longest timeline the preview computes, in days. */
export const maxTimelineDays = 3650;

/**
 * The day after a run on `day` that acted on no image: the first whose run can differ. A run
 * reads time only through the age rules' comparisons, so with nothing changed it is the first day
 * an image passes `soonest` (runPolicy), or never. That day is exact in whole milliseconds (parsed
 * instants are; `now` and the limits must be too); otherwise the next day runs.
 */
function nextRunDay(day: number, soonest: number, now: number, wholeMs: boolean): number {
  if (soonest === Number.POSITIVE_INFINITY) return soonest;
  if (!wholeMs || !Number.isSafeInteger(soonest)) return day + 1;
  return Math.floor((soonest - now) / dayMs) + 1;
}

/**
 * By image index: the first of the daily runs (day 0 to `days`) that acts on it, or undefined
 * when none does. Only the days whose run can differ from the day before are evaluated.
 */
export function timelineOf(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  days: number,
): (FirstAction | undefined)[] {
  const first: (FirstAction | undefined)[] = new Array(images.length).fill(undefined);
  let table = tableOf(
    images,
    rules.map((rule) => rule.selection.countType),
  );
  let policy = policyOf(rules, table);
  /** By index in the table: the index in `images`. */
  let original = Int32Array.from(images.keys());
  const wholeMs =
    Number.isSafeInteger(now) &&
    rules.every((rule) => Number.isSafeInteger(rule.selection.countNumber * dayMs));
  const last = Math.min(Math.max(0, Math.floor(days)), maxTimelineDays);
  for (let day = 0; day <= last && table.images.length > 0; ) {
    const at = now + day * dayMs;
    const { verdicts, soonest } = runPolicy(policy, table, at);
    const on = new Date(at).toISOString();
    // The images this run leaves, in order: kept[0 .. left).
    const kept = new Int32Array(table.images.length);
    let left = 0;
    let acted = false;
    for (let i = 0; i < table.images.length; i++) {
      const r = actingRule(verdicts, i);
      if (r === none) {
        kept[left++] = i;
        continue;
      }
      acted = true;
      const rule = policy.rules[r]!;
      const action = actionOf(rule);
      const rulePriority = verdicts.actedBy[i] === none ? null : rule.rulePriority;
      first[original[i]!] ??= { day, on, action, rulePriority };
      if (action === 'expire') continue;
      archiveImage(table, i, on);
      kept[left++] = i;
    }
    if (left < table.images.length) {
      const subset = subsetTable(table, kept.subarray(0, left));
      policy = subsetPolicy(policy, subset.moved);
      for (let k = 0; k < left; k++) original[k] = original[kept[k]!]!;
      original = original.subarray(0, left);
      table = subset.table;
    }
    day = acted ? day + 1 : nextRunDay(day, soonest, now, wholeMs);
  }
  return first;
}

/** timelineOf for a repository of a design (the first by default), or why it cannot run. */
export function simulateTimeline(
  design: Design,
  repositoryId: string | undefined,
  images: readonly SampleImage[],
  now: number,
  days: number,
):
  | { ok: true; firstActions: (FirstAction | undefined)[] }
  | Extract<SimulationResult, { ok: false }> {
  const index =
    repositoryId === undefined ? 0 : design.repositories.findIndex((r) => r.id === repositoryId);
  const policy = repositoryPolicy(design, index < 0 ? design.repositories.length : index);
  if (!policy.ok) return policy;
  return { ok: true, firstActions: timelineOf(policy.rules, images, now, days) };
}
