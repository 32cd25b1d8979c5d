import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type SimulatedRule } from './evaluatePolicy';
import { dayMs } from './imageTable';
import type { SampleImage } from './sampleImages';
import { describeSelection } from './simulate';
import type { TagSelection } from './tagMatching';
import { type FirstAction, maxTimelineDays, timelineOf } from './timeline';

const hourMs = 3_600_000;
const start = Date.parse('2025-06-30T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The timeline as its definition reads: the whole policy run every day on what the earlier runs
 * left. timelineOf skips the days whose run cannot differ; it must give exactly this.
 */
function dailyTimeline(
  rules: readonly SimulatedRule[],
  images: readonly SampleImage[],
  now: number,
  days: number,
): (FirstAction | undefined)[] {
  const first: (FirstAction | undefined)[] = new Array(images.length).fill(undefined);
  let alive = images.map((image, index) => ({ image: { ...image }, index }));
  const last = Math.min(Math.max(0, Math.floor(days)), maxTimelineDays);
  for (let day = 0; day <= last && alive.length > 0; day++) {
    const at = now + day * dayMs;
    const outcomes = evaluatePolicy(
      rules,
      alive.map((a) => a.image),
      at,
      (rule) => describeSelection(rule.selection),
    );
    const on = iso(at);
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

const tagArb = fc.constantFrom('v1', 'v1.2', 'prod', 'prod-1', 'dev', 'sha-1', 'sha-2', 'release');
/** An age before `start`: whole days and hours (thresholds land on run instants) or any ms. */
const agoArb = fc.oneof(
  fc
    .record({ days: fc.integer({ min: 0, max: 40 }), hours: fc.integer({ min: 0, max: 23 }) })
    .map(({ days, hours }) => days * dayMs + hours * hourMs),
  fc.integer({ min: 0, max: 40 * dayMs }),
);
/** Present about `share` of the time. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, share: number) =>
  fc.oneof(
    { weight: Math.round(100 * (1 - share)), arbitrary: fc.constant(undefined) },
    { weight: Math.round(100 * share), arbitrary },
  );
const shareArb = (share: number) => sometimes(fc.double({ min: 0, max: 1, noNaN: true }), share);
const linkArb = sometimes(fc.integer({ min: 0, max: 30 }), 0.4);

const imagesArb = fc
  .array(
    fc.record({
      tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
      pushed: agoArb,
      // Later events as shares of the time since the push.
      pulled: shareArb(0.4),
      archived: shareArb(0.3),
      restored: shareArb(0.2),
      manifestList: linkArb,
      subject: linkArb,
      // Now and then the digest of an earlier image: links then name the last of the two.
      sameDigestAs: sometimes(fc.nat(), 0.15),
    }),
    { maxLength: 30 },
  )
  .map((list) =>
    list.map((spec, i): SampleImage => {
      const pushedAt = start - spec.pushed;
      const after = (share: number) => iso(Math.floor(pushedAt + share * spec.pushed));
      const digest = `sha256:${spec.sameDigestAs === undefined || i === 0 ? i : spec.sameDigestAs % i}`;
      const image: SampleImage = { digest, tags: spec.tags, pushedAt: iso(pushedAt) };
      if (spec.pulled !== undefined) image.lastPulledAt = after(spec.pulled);
      if (spec.archived !== undefined) {
        image.storageClass = 'archive';
        image.archivedAt = after(spec.archived);
      }
      if (spec.restored !== undefined) image.lastActivatedAt = after(spec.restored);
      // Links past the end of the list name no image of the set.
      if (spec.manifestList !== undefined) image.manifestListDigest = `sha256:${spec.manifestList}`;
      if (spec.subject !== undefined) image.subjectDigest = `sha256:${spec.subject}`;
      return image;
    }),
  );

const rulesArb = fc
  .array(
    fc.record({
      selection: fc.constantFrom<TagSelection>(
        { tagStatus: 'any' },
        { tagStatus: 'untagged' },
        { tagStatus: 'tagged', tagPrefixList: ['prod'] },
        { tagStatus: 'tagged', tagPatternList: ['sha-*'] },
        { tagStatus: 'tagged', tagPatternList: ['v*', '*1*'] },
      ),
      counting: fc.boolean(),
      ageType: fc.constantFrom('sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'),
      // Days for an age rule; images for a count rule (few, so that counts bite).
      countNumber: fc.integer({ min: 1, max: 60 }),
      // Expire in standard storage, archive from it, or expire in the archive.
      kind: fc.constantFrom('expire', 'transition', 'archive'),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((list) =>
    list.map(
      (r, i): SimulatedRule => ({
        rulePriority: i + 1,
        selection: {
          ...r.selection,
          countType: r.counting ? 'imageCountMoreThan' : r.ageType,
          countNumber: r.counting ? 1 + (r.countNumber % 6) : r.countNumber,
          ...(r.kind === 'archive' && { storageClass: 'archive' }),
        },
        action:
          r.kind === 'transition'
            ? { type: 'transition', targetStorageClass: 'archive' }
            : { type: 'expire' },
      }),
    ),
  );

/** Mostly whole milliseconds (the timeline then skips days); a fraction makes it run daily. */
const nowArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: dayMs }).map((ms) => start + ms) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: dayMs, noNaN: true }).map((ms) => start + ms) },
);
const daysArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -3, 2.5) },
);

describe('timelineOf', () => {
  it('gives what running the policy every day gives', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, nowArb, daysArb, (rules, images, now, days) => {
        expect(timelineOf(rules, images, now, days)).toEqual(
          dailyTimeline(rules, images, now, days),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('runs on the day an image passes an age limit, and not before', () => {
    const images: SampleImage[] = [
      { digest: 'a', tags: [], pushedAt: iso(start - 10 * dayMs) },
      { digest: 'b', tags: [], pushedAt: iso(start - 10 * dayMs - 1) },
      { digest: 'c', tags: [], pushedAt: iso(start - 3 * dayMs + hourMs) },
    ];
    const rules: SimulatedRule[] = [
      {
        rulePriority: 1,
        selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 30 },
        action: { type: 'expire' },
      },
    ];
    // a is exactly 30 days old on day 20, not older: it goes on day 21; b a millisecond older.
    expect(timelineOf(rules, images, start, 365).map((f) => f?.day)).toEqual([21, 20, 28]);
    expect(timelineOf(rules, images, start, 20).map((f) => f?.day)).toEqual([
      undefined,
      20,
      undefined,
    ]);
  });

  it('measures an image archived by a run from that run, as later archive rules see it', () => {
    const images: SampleImage[] = [
      { digest: 'subject', tags: ['v1'], pushedAt: iso(start - 40 * dayMs) },
      // Already archived: the subject's archive leaves it, the subject's expiry takes it along.
      {
        digest: 'signature',
        tags: [],
        pushedAt: iso(start - 40 * dayMs),
        storageClass: 'archive',
        archivedAt: iso(start - dayMs),
        subjectDigest: 'subject',
      },
    ];
    const rules: SimulatedRule[] = [
      {
        rulePriority: 1,
        selection: {
          tagStatus: 'tagged',
          tagPatternList: ['v*'],
          countType: 'sinceImagePushed',
          countNumber: 30,
        },
        action: { type: 'transition', targetStorageClass: 'archive' },
      },
      {
        rulePriority: 2,
        selection: {
          tagStatus: 'tagged',
          tagPatternList: ['v*'],
          countType: 'sinceImageTransitioned',
          countNumber: 5,
          storageClass: 'archive',
        },
        action: { type: 'expire' },
      },
    ];
    expect(timelineOf(rules, images, start, 30)).toEqual([
      { day: 0, on: iso(start), action: 'transition', rulePriority: 1 },
      { day: 6, on: iso(start + 6 * dayMs), action: 'expire', rulePriority: null },
    ]);
  });
});
