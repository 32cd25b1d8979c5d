/**
 * When each image goes: the policy run once a day from `now` to `now + days`, each run on what
 * the earlier runs left (expired images gone, archived ones in the archive since that run, an
 * index's children free once it is gone). ECR applies one action per image per run; the first
 * is reported. No pushes or pulls after `now` are assumed (the `timeline` assumption).
 */
import type { Design } from '../design/designSchema';
import { evaluatePolicy, type ImageAction, type SimulatedRule } from './evaluatePolicy';
import { dayMs } from './imageTable';
import type { SampleImage } from './sampleImages';
import { describeSelection, repositoryPolicy, type SimulationResult } from './simulate';

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
 * By image index: the first of the daily runs (day 0 to `days`) that acts on it, or undefined
 * when none does.
 */
export function timelineOf(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  days: number,
): (FirstAction | undefined)[] {
  const first: (FirstAction | undefined)[] = new Array(images.length).fill(undefined);
  let alive = images.map((image, index) => ({ image: { ...image }, index }));
  const describe = (rule: SimulatedRule) => describeSelection(rule.selection);
  const last = Math.min(Math.max(0, Math.floor(days)), maxTimelineDays);
  for (let day = 0; day <= last && alive.length > 0; day++) {
    const at = now + day * dayMs;
    const outcomes = evaluatePolicy(
      rules,
      alive.map((a) => a.image),
      at,
      describe,
    );
    const on = new Date(at).toISOString();
    alive = alive.filter((entry, i) => {
      const { action, rulePriority } = outcomes[i]!;
      if (action === 'keep') return true;
      first[entry.index] ??= { day, on, action, rulePriority };
      if (action === 'expire') return false;
      entry.image = { ...entry.image, storageClass: 'archive', archivedAt: on };
      return true;
    });
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
