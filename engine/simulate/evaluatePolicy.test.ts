import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type SimulatedRule } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';
import { describeSelection } from './simulate';
import { selectionClasses } from './tagMatching';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function image(
  digest: string,
  tags: string[],
  pushedDays: number,
  extra: Partial<SampleImage> = {},
): SampleImage {
  return { digest, tags, pushedAt: ago(pushedDays), ...extra };
}

type Sel = Partial<SimulatedRule['selection']>;
function rule(
  rulePriority: number,
  selection: Sel,
  countType: string,
  countNumber: number,
  action = 'expire',
): SimulatedRule {
  return {
    rulePriority,
    selection: { tagStatus: 'tagged', ...selection, countType, countNumber },
    action:
      action === 'transition'
        ? { type: 'transition', targetStorageClass: 'archive' }
        : { type: 'expire' },
  };
}
const keep = (p: number, sel: Sel, n: number) => rule(p, sel, 'imageCountMoreThan', n);
const olderThan = (p: number, sel: Sel, n: number) => rule(p, sel, 'sinceImagePushed', n);

function acted(rules: SimulatedRule[], images: SampleImage[]): Record<string, string> {
  const outcomes = evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection));
  return Object.fromEntries(
    outcomes
      .filter((o) => o.action !== 'keep')
      .map((o) => [o.digest, `${o.action}:${o.rulePriority}`]),
  );
}

describe('worked examples of ecr-lifecycle-spec.md §1.6', () => {
  const abc = [
    image('A', ['beta-1', 'prod-1'], 10),
    image('B', ['beta-2', 'prod-2'], 9),
    image('C', ['beta-3'], 8),
  ];
  it('E1: a higher rule protects what it matches', () => {
    expect(
      acted(
        [keep(1, { tagPatternList: ['prod*'] }, 1), keep(2, { tagPatternList: ['beta*'] }, 1)],
        abc,
      ),
    ).toEqual({ A: 'expire:1' });
  });
  it('E2: priorities swapped', () => {
    expect(
      acted(
        [keep(1, { tagPatternList: ['beta*'] }, 1), keep(2, { tagPatternList: ['prod*'] }, 1)],
        abc,
      ),
    ).toEqual({ A: 'expire:1', B: 'expire:1' });
  });
  it('E3: every pattern must match', () => {
    const images = [
      image('A', ['alpha-1'], 12),
      image('B', ['beta-1'], 11),
      image('C', ['alpha-2', 'beta-2'], 10),
      image('D', ['alpha-3'], 4),
      image('E', ['beta-3'], 3),
      image('F', ['alpha-4', 'beta-4'], 2),
    ];
    expect(acted([olderThan(1, { tagPatternList: ['alpha*', 'beta*'] }, 5)], images)).toEqual({
      C: 'expire:1',
    });
  });
  it('E4: tags are not exclusive', () => {
    const images = [
      image('A', ['alpha-1', 'beta-1', 'gamma-1'], 10),
      image('B', ['alpha-2', 'beta-2'], 9),
      image('C', ['alpha-3', 'beta-3', 'gamma-2'], 8),
    ];
    expect(acted([keep(1, { tagPatternList: ['alpha*', 'beta*'] }, 1)], images)).toEqual({
      A: 'expire:1',
      B: 'expire:1',
    });
  });
  it('E5: any keeps the newest only', () => {
    const images = [
      image('A', ['alpha-1'], 4),
      image('B', ['beta-1'], 3),
      image('C', [], 2),
      image('D', ['alpha-2'], 1),
    ];
    expect(acted([keep(1, { tagStatus: 'any' }, 1)], images)).toEqual({
      A: 'expire:1',
      B: 'expire:1',
      C: 'expire:1',
    });
  });
  it('E6: protected images still fill count slots', () => {
    const images = [
      image('A', ['alpha-1', 'beta-1'], 4),
      image('B', [], 3),
      image('C', ['alpha-2'], 2),
      image('D', ['git hash'], 1),
      image('E', [], 23 / 24),
    ];
    const rules = [
      keep(1, { tagPatternList: ['alpha*'] }, 1),
      olderThan(2, { tagStatus: 'untagged' }, 1),
      keep(3, { tagStatus: 'any' }, 1),
    ];
    expect(acted(rules, images)).toEqual({ A: 'expire:1', B: 'expire:2', D: 'expire:3' });
  });
  it('E7 and E8', () => {
    expect(
      acted(
        [olderThan(1, { tagPatternList: ['prod*'] }, 14)],
        [
          image('P1', ['prod'], 20),
          image('P2', ['prod-2'], 10),
          image('P3', ['staging'], 30),
          image('P4', [], 30),
        ],
      ),
    ).toEqual({ P1: 'expire:1' });
    expect(
      acted(
        [keep(1, { tagStatus: 'untagged' }, 1)],
        [image('U1', [], 1), image('U2', [], 2), image('U3', [], 3), image('T1', ['v1'], 9)],
      ),
    ).toEqual({ U2: 'expire:1', U3: 'expire:1' });
  });
  it('D1: every prefix matched by some tag', () => {
    const images = [
      image('P1', ['prod-a'], 10),
      image('P2', ['prod-a', 'v1.2.0'], 10),
      image('P3', ['prodv1'], 10),
      image('P4', ['v1.0', 'prod'], 10),
      image('P5', [], 10),
    ];
    expect(acted([olderThan(1, { tagPrefixList: ['prod', 'v1'] }, 1)], images)).toEqual({
      P2: 'expire:1',
      P4: 'expire:1',
    });
  });
  it('D2: patterns are anchored', () => {
    const tags = {
      W1: 'release',
      W2: 'release-2',
      W3: 'repo-production',
      W4: 'prod',
      W5: 'v1.2.3',
      W6: 'v1.2',
      W7: 'xv1.2.3',
    };
    const images = Object.entries(tags).map(([d, t]) => image(d, [t], 5));
    const rules = [
      olderThan(1, { tagPatternList: ['release'] }, 1),
      olderThan(2, { tagPatternList: ['*prod*'] }, 1),
      olderThan(3, { tagPatternList: ['v*.*.*'] }, 1),
    ];
    expect(acted(rules, images)).toEqual({
      W1: 'expire:1',
      W3: 'expire:2',
      W4: 'expire:2',
      W5: 'expire:3',
    });
  });
  it('D7: sinceImagePulled fallbacks (transition only)', () => {
    const images = [
      image('Q1', [], 200, { lastPulledAt: ago(10) }),
      image('Q2', [], 200),
      image('Q3', [], 5),
      image('Q4', [], 300, { lastPulledAt: ago(120), lastActivatedAt: ago(20) }),
      image('Q5', [], 300, { lastPulledAt: ago(150), lastActivatedAt: ago(100) }),
      image('Q6', [], 300, { lastPulledAt: ago(80), lastActivatedAt: ago(100) }),
      image('Q7', [], 400, { storageClass: 'archive', archivedAt: ago(200) }),
    ];
    expect(
      acted([rule(1, { tagStatus: 'any' }, 'sinceImagePulled', 90, 'transition')], images),
    ).toEqual({ Q2: 'transition:1', Q5: 'transition:1' });
  });
  it('D8: archive then expire, one action per image per run', () => {
    const images = [
      image('S1', ['x'], 40),
      image('S2', [], 10),
      image('A1', ['y'], 500, { storageClass: 'archive', archivedAt: ago(400) }),
      image('A2', ['z'], 500, { storageClass: 'archive', archivedAt: ago(100) }),
    ];
    const rules = [
      rule(1, { tagStatus: 'any' }, 'sinceImagePushed', 30, 'transition'),
      rule(2, { tagStatus: 'any', storageClass: 'archive' }, 'sinceImageTransitioned', 365),
    ];
    expect(acted(rules, images)).toEqual({ S1: 'transition:1', A1: 'expire:2' });
  });
  it('D9: the age boundary is strict', () => {
    const images = [
      image('T1', [], 14),
      image('T2', [], 14 + 1 / 86_400),
      image('T3', [], 13.9),
      image('T4', ['x'], 100),
    ];
    expect(acted([olderThan(1, { tagStatus: 'untagged' }, 14)], images)).toEqual({
      T2: 'expire:1',
    });
  });
  it('D10: children of a manifest list are held while it exists', () => {
    const images = [
      image('IDX', ['v2'], 30),
      image('AMD64', [], 30, { manifestListDigest: 'IDX' }),
      image('ARM64', [], 30, { manifestListDigest: 'IDX' }),
      image('ORPH', [], 30),
    ];
    expect(acted([olderThan(1, { tagStatus: 'untagged' }, 7)], images)).toEqual({
      ORPH: 'expire:1',
    });
  });
});

describe('reasons', () => {
  it('say why an image was kept, protected or expired', () => {
    const images = [
      image('A', ['prod-1'], 41),
      image('B', ['prod-2'], 40),
      image('C', ['dev'], 41),
      image('D', [], 2),
    ];
    const rules = [
      keep(1, { tagPrefixList: ['prod'] }, 10),
      olderThan(3, { tagStatus: 'any' }, 30),
    ];
    const reasons = Object.fromEntries(
      evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection)).map((o) => [
        o.digest,
        o.reason,
      ]),
    );
    expect(reasons).toEqual({
      A: 'protected: its tags match rule 1, so rule 3 cannot act on it',
      B: 'protected: its tags match rule 1, so rule 3 cannot act on it',
      C: 'expired by rule 3: pushed 41 days ago, limit 30 days',
      D: 'kept: pushed 2 days ago, rule 3 acts after 30 days',
    });
  });

  it('put counts and days in the right number', () => {
    const images = [image('A', ['prod-1'], 1), image('B', ['prod-2'], 3), image('C', [], 1)];
    const rules = [keep(1, { tagPrefixList: ['prod'] }, 1), olderThan(2, { tagStatus: 'any' }, 5)];
    const reasons = Object.fromEntries(
      evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection)).map((o) => [
        o.digest,
        o.reason,
      ]),
    );
    expect(reasons.A).toBe('kept: number 1 of the 2 newest images tagged prod*; rule 1 keeps 1');
    expect(reasons.C).toBe('kept: pushed 1 day ago, rule 2 acts after 5 days');
  });
});

describe('what each outcome carries besides its reason', () => {
  const outcomesOf = (rules: SimulatedRule[], images: SampleImage[]) =>
    Object.fromEntries(
      evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection)).map(
        ({ digest, reason: _, ...fields }) => [digest, fields],
      ),
    );

  it('names the rule that keeps, the manifest list that holds, and borderline ages', () => {
    const outcomes = outcomesOf(
      [keep(1, { tagPrefixList: ['prod'] }, 2), olderThan(2, { tagStatus: 'any' }, 30)],
      [
        image('P1', ['prod-1'], 5),
        image('P2', ['prod-2'], 50),
        image('L', ['list'], 2),
        image('C', [], 40, { manifestListDigest: 'L' }),
        image('E', [], 30.5),
      ],
    );
    expect(outcomes).toEqual({
      P1: { action: 'keep', rulePriority: null, keptBy: 1 },
      P2: { action: 'keep', rulePriority: null, protectedBy: 1 },
      L: { action: 'keep', rulePriority: null, keptBy: 2 },
      C: { action: 'keep', rulePriority: null, heldByManifestList: 'L' },
      E: { action: 'expire', rulePriority: 2, borderline: true },
    });
  });

  it('marks the images of equal time that a count rule’s limit falls between', () => {
    const images = [
      image('new', ['v'], 1),
      image('b', ['v'], 5),
      image('a', ['v'], 5),
      image('c', ['v'], 5),
      image('old', ['v'], 9),
    ];
    const outcomes = evaluatePolicy([keep(1, { tagPrefixList: ['v'] }, 2)], images, now, (r) =>
      describeSelection(r.selection),
    );
    const byDigest = Object.fromEntries(outcomes.map((o) => [o.digest, o]));
    expect(outcomes.filter((o) => o.tieBreak).map((o) => o.digest)).toEqual(['b', 'a', 'c']);
    expect(byDigest.a!.action).toBe('keep');
    expect(byDigest.b!.action).toBe('expire');
    expect(byDigest.b!.reason).toMatch(/\(tie: .* the preview keeps the lower digest\)$/);
    expect(byDigest.new!.tieBreak).toBeUndefined();
    expect(byDigest.old!.tieBreak).toBeUndefined();
    // A limit between different times is no tie.
    const clear = evaluatePolicy([keep(1, { tagPrefixList: ['v'] }, 1)], images, now, (r) =>
      describeSelection(r.selection),
    );
    expect(clear.some((o) => o.tieBreak)).toBe(false);
  });
});

const tagArb = fc.constantFrom('prod', 'prod-1', 'v1.2', 'dev', 'sha-1', 'sha-2', 'release');
const imagesArb = fc
  .uniqueArray(
    fc.record({
      digest: fc.string({ minLength: 1, maxLength: 4 }),
      tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
      age: fc.integer({ min: 0, max: 60 }),
    }),
    { selector: (i) => i.digest, maxLength: 25 },
  )
  .map((list) => list.map((i) => image(i.digest, i.tags, i.age)));
const rulesArb = fc
  .array(
    fc.record({
      sel: fc.constantFrom<Sel>(
        { tagStatus: 'any' },
        { tagStatus: 'untagged' },
        { tagPrefixList: ['prod'] },
        { tagPatternList: ['sha-*'] },
        { tagPrefixList: ['v1', 'prod'] },
      ),
      byCount: fc.boolean(),
      n: fc.integer({ min: 1, max: 10 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((list) =>
    list.map((r, i) => (r.byCount ? keep(i + 1, r.sel, r.n) : olderThan(i + 1, r.sel, r.n * 5))),
  );

describe('invariants', () => {
  it('hold for random images and rules', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, fc.integer(), (rules, images, shuffleSeed) => {
        const outcomes = evaluatePolicy(rules, images, now, (r) => describeSelection(r.selection));
        expect(outcomes.map((o) => o.digest)).toEqual(images.map((i) => i.digest));
        const shuffled = [...images].sort(
          (a, b) =>
            ((a.digest.charCodeAt(0) * shuffleSeed) % 7) -
            ((b.digest.charCodeAt(0) * shuffleSeed) % 7),
        );
        const again = new Map(
          evaluatePolicy(rules, shuffled, now, (r) => describeSelection(r.selection)).map((o) => [
            o.digest,
            o,
          ]),
        );
        for (const outcome of outcomes) expect(again.get(outcome.digest)).toEqual(outcome);
        // Which rules select which image (tagMatching.test.ts checks it against a reference).
        const { classOf, members } = selectionClasses(
          rules.map((r) => r.selection),
          images,
        );
        const selects = (r: number, i: number) => members[classOf[i]!]!.includes(r);
        outcomes.forEach((outcome, i) => {
          if (outcome.rulePriority === null) return;
          const higher = rules.filter(
            (r, k) => r.rulePriority < outcome.rulePriority! && selects(k, i),
          );
          expect(higher).toEqual([]);
        });
        for (const [k, r] of rules.entries()) {
          if (r.selection.countType !== 'imageCountMoreThan') continue;
          const selected = images.filter((_, i) => selects(k, i));
          const expiredByIt = outcomes.filter((o) => o.rulePriority === r.rulePriority).length;
          expect(selected.length - expiredByIt).toBeGreaterThanOrEqual(
            Math.min(r.selection.countNumber, selected.length),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
