import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageKey, ageText } from './ageText';
import { evaluatePolicy, type ImageOutcome, type SimulatedRule } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';
import { describeSelection } from './simulate';

const now = Date.parse('2025-06-30T00:00:00Z');
const hour = 3_600_000;
const ago = (hours: number) => new Date(now - hours * hour).toISOString();
const image = (
  digest: string,
  tags: string[],
  pushedHours: number,
  extra: Partial<SampleImage> = {},
) => ({
  digest,
  tags,
  pushedAt: ago(pushedHours),
  ...extra,
});
const rule = (
  rulePriority: number,
  selection: Partial<SimulatedRule['selection']>,
  countType: string,
  countNumber: number,
  type = 'expire',
): SimulatedRule => ({
  rulePriority,
  selection: { tagStatus: 'any', ...selection, countType, countNumber },
  action: type === 'transition' ? { type, targetStorageClass: 'archive' } : { type },
});
const evaluate = (rules: SimulatedRule[], images: SampleImage[]): Record<string, ImageOutcome> =>
  Object.fromEntries(
    evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection)).map((o) => [
      o.digest,
      o,
    ]),
  );

describe('ageText', () => {
  it('says hours below two days and never "1.0 days"', () => {
    expect(ageText(23 * hour)).toBe('23 hours');
    expect(ageText(24 * hour)).toBe('1 day');
    expect(ageText(47 * hour)).toBe('47 hours');
    expect(ageText(30.5 * 24 * hour)).toBe('30 days 12 hours');
    expect(ageText(90 * 60_000 - 1)).toBe('1 hour');
    expect(ageText(5 * 60_000)).toBe('5 minutes');
  });

  it('has a key that is equal exactly when the text is (the reasons are shared by it)', () => {
    const duration = fc.oneof(
      fc.integer({ min: -10 * hour, max: 400 * 24 * hour }),
      fc.integer({ min: -2, max: 400 }).map((d) => d * 24 * hour),
      fc.integer({ min: 0, max: 3 * 60 }).map((m) => m * 60_000),
    );
    // Independent pairs rarely read alike; a neighbour within two hours often does, across
    // minute, hour and day boundaries, which is where a key could share a reason wrongly.
    const pair = fc.oneof(
      fc.tuple(duration, duration),
      fc
        .tuple(duration, fc.integer({ min: -2 * hour, max: 2 * hour }))
        .map(([a, delta]) => [a, a + delta] as [number, number]),
    );
    let alike = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (ageText(a) === ageText(b)) alike++;
        expect(ageKey(a) === ageKey(b)).toBe(ageText(a) === ageText(b));
      }),
      { numRuns: 5000 },
    );
    expect(alike).toBeGreaterThan(500);
  });
});

describe('reasons of real repositories', () => {
  it('name the rank among the images the count rule selects', () => {
    const images = Array.from({ length: 40 }, (_, k) => image(`v${k}`, [`v${k}`], k + 1));
    const outcomes = evaluate(
      [rule(1, { tagStatus: 'tagged', tagPatternList: ['v*'] }, 'imageCountMoreThan', 10)],
      images,
    );
    expect(outcomes.v11!.reason).toBe(
      'expired by rule 1: number 12 of the 40 newest images tagged v*; the rule keeps 10',
    );
    expect(outcomes.v2!.reason).toBe(
      'kept: number 3 of the 40 newest images tagged v*; rule 1 keeps 10',
    );
  });

  it('say which time a pull rule measured: pull, push or restore', () => {
    const images = [
      image('pulled', ['a'], 900, { lastPulledAt: ago(40 * 24) }),
      image('never', ['b'], 23 * 24 + 23),
      image('restored', ['c'], 2000, { lastActivatedAt: ago(35 * 24), lastPulledAt: ago(60 * 24) }),
    ];
    const outcomes = evaluate([rule(1, {}, 'sinceImagePulled', 30, 'transition')], images);
    expect(outcomes.pulled!.reason).toBe(
      'archived by rule 1: last pulled 40 days ago, limit 30 days',
    );
    expect(outcomes.never!.reason).toBe(
      'kept: never pulled; pushed 23 days 23 hours ago, rule 1 acts after 30 days',
    );
    expect(outcomes.restored!.reason).toBe(
      'archived by rule 1: restored 35 days ago and not pulled since, limit 30 days',
    );
  });

  it('let referrers go with their subject, and hold children of an index removed in this run', () => {
    const images = [
      image('index', ['v1'], 100 * 24),
      image('child', [], 100 * 24, { manifestListDigest: 'index' }),
      image('sig', [], 2, { subjectDigest: 'index' }),
      image('sbom-sig', [], 2, { subjectDigest: 'sig' }),
      image('keep', ['v2'], 1),
      image('keep-sig', [], 1, { subjectDigest: 'keep' }),
    ];
    const outcomes = evaluate(
      [
        rule(1, { tagStatus: 'tagged', tagPatternList: ['v*'] }, 'sinceImagePushed', 30),
        rule(2, { tagStatus: 'untagged' }, 'sinceImagePushed', 30),
      ],
      images,
    );
    expect(outcomes.index!.action).toBe('expire');
    expect(outcomes.child).toMatchObject({ action: 'keep', heldByManifestList: 'index' });
    expect(outcomes.child!.reason).toContain('which this run removes; a later run can act on it');
    expect(outcomes.sig).toMatchObject({
      action: 'expire',
      rulePriority: null,
      followsSubject: 'index',
    });
    expect(outcomes.sig!.reason).toBe(
      'expired with its subject index (rule 1): ECR expires a referrer within 24 hours of its subject',
    );
    expect(outcomes['sbom-sig']).toMatchObject({ action: 'expire', followsSubject: 'sig' });
    expect(outcomes['keep-sig']!.action).toBe('keep');
  });
});
