/** Realistic sample image sets for the lifecycle preview, deterministic for a seed. */
import type { SampleImage } from './sampleImages';

/** A generated set stays small enough to read, edit and keep inline in the autosave. */
export const maxGeneratedSampleImages = 1_000;

export interface SampleImageSpec {
  /** How many days of history, ending at `now`. */
  days: number;
  ciPushesPerDay?: number;
  ciTagPrefix?: string;
  releasesPerWeek?: number;
  releaseTagPrefix?: string;
  untaggedPerDay?: number;
  /** Share (0..1) of images pulled since their push. */
  pulledShare?: number;
  seed?: number;
  /** At most this many images, the newest kept; default and ceiling 1,000 (the design's cap). */
  limit?: number;
}

const dayMs = 86_400_000;

/** mulberry32: small, fast and the same in every JavaScript engine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const count = (value: number | undefined) =>
  Number.isFinite(value) ? Math.min(1_000, Math.max(0, Math.floor(value!))) : 0;

/** Images pushed over `days` days before `now` (ms): CI builds, weekly releases, untagged leftovers. */
export function generateSampleImages(spec: SampleImageSpec, now: number): SampleImage[] {
  const next = random(spec.seed ?? 1);
  const hex = () =>
    Array.from({ length: 8 }, () =>
      Math.floor(next() * 4_294_967_296)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
  const pulledShare = Math.min(1, Math.max(0, spec.pulledShare ?? 0));
  const limit = Math.min(count(spec.limit ?? maxGeneratedSampleImages), maxGeneratedSampleImages);
  const perDay = count(spec.ciPushesPerDay) + count(spec.untaggedPerDay) + 1;
  // Only the newest images survive the cap, so older days are not generated at all.
  const days = Math.min(
    Number.isFinite(spec.days) ? Math.max(0, Math.floor(spec.days)) : 0,
    3650,
    Math.ceil((2 * limit) / perDay) + 7,
  );
  const releaseEvery = spec.releasesPerWeek ? 7 / spec.releasesPerWeek : 0;
  const images: SampleImage[] = [];
  let sha = 0;
  let release = 0;
  const push = (at: number, tags: string[]) => {
    const image: SampleImage = {
      digest: `sha256:${hex()}`,
      tags,
      pushedAt: new Date(at).toISOString(),
    };
    if (next() < pulledShare) image.lastPulledAt = new Date(at + next() * (now - at)).toISOString();
    images.push(image);
  };
  for (let day = days - 1; day >= 0; day--) {
    const start = now - (day + 1) * dayMs;
    for (let i = 0; i < count(spec.ciPushesPerDay); i++)
      push(start + next() * dayMs, [
        `${spec.ciTagPrefix ?? 'sha-'}${(++sha).toString(16).padStart(7, '0')}`,
      ]);
    for (let i = 0; i < count(spec.untaggedPerDay); i++) push(start + next() * dayMs, []);
    if (releaseEvery > 0 && Math.floor((days - day) / releaseEvery) > release) {
      release++;
      push(start + next() * dayMs, [`${spec.releaseTagPrefix ?? 'v'}${release}`]);
    }
  }
  // Newest first when capped, then oldest first for reading.
  return images
    .sort((a, b) => (a.pushedAt < b.pushedAt ? 1 : a.pushedAt > b.pushedAt ? -1 : 0))
    .slice(0, limit)
    .reverse();
}
