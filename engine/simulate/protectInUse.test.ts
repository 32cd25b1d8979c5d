import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { formatPath } from '../fieldPath';
import { compareOutcomes, readPolicyInForce } from './compare';
import { applyProtection, atRiskImages, inUseFindings, suggestProtection } from './protectInUse';
import type { SampleImage } from './sampleImages';
import { simulate } from './simulate';
import { simulateTimeline } from './timeline';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function design(rules: unknown[], repositoryName = 'web-app') {
  const parsed = parseDesign({
    version: 1,
    repositories: [{ id: 'Repo', repositoryName, lifecycleRules: rules }],
  });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

/** Releases v1..v6 (v6 newest), CI builds, an untagged image. */
const images: SampleImage[] = [
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    digest: `sha256:v${n}`,
    tags: [`v${n}.0.0`],
    pushedAt: ago(70 - n * 10),
  })),
  { digest: 'sha256:main-a', tags: ['main-a1b2c3d'], pushedAt: ago(40) },
  { digest: 'sha256:main-b', tags: ['main-e4f5a6b'], pushedAt: ago(2) },
  { digest: 'sha256:untagged', tags: [], pushedAt: ago(30) },
];
const rules = [
  { description: 'keep 2 releases', tagPatternList: ['v*'], maxImageCount: 2 },
  { rulePriority: 5, tagPrefixList: ['main-'], maxImageAgeDays: 14 },
  { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
];
const used = new Map([
  ['sha256:v1', ['pod prod/web-1']],
  ['sha256:v2', ['pod prod/web-2']],
  ['sha256:main-a', ['ecs task prod/abc']],
  ['sha256:untagged', ['pod prod/canary']],
  ['sha256:v6', ['pod prod/web-6']],
]);

function run(d = design(rules)) {
  const result = simulate(d, undefined, images, now);
  if (!result.ok) throw new Error(result.message);
  return result.outcomes;
}

describe('images in use at risk', () => {
  const outcomes = run();
  const atRisk = atRiskImages(images, outcomes, used);

  it('are those in use that the run expires, each saying where it runs', () => {
    expect(atRisk.map((i) => [i.digest, i.action, i.rulePriority, i.inUse])).toEqual([
      // CDK numbers automatic rules after the highest explicit priority (5).
      ['sha256:v1', 'expire', 6, ['pod prod/web-1']],
      ['sha256:v2', 'expire', 6, ['pod prod/web-2']],
      ['sha256:main-a', 'expire', 5, ['ecs task prod/abc']],
      ['sha256:untagged', 'expire', 7, ['pod prod/canary']],
    ]);
  });

  it('give an error on each rule that hits them, at the rule’s path', () => {
    const findings = inUseFindings(design(rules), 0, atRisk);
    expect(findings.map((f) => [f.severity, formatPath(f.path)])).toEqual([
      ['error', 'repositories[0].lifecycleRules[0]'],
      ['error', 'repositories[0].lifecycleRules[1]'],
      ['error', 'repositories[0].lifecycleRules[2]'],
    ]);
    expect(findings[0]!.message).toBe(
      'expires 2 images in use: v1.0.0 (pod prod/web-1); v2.0.0 (pod prod/web-2)',
    );
  });

  it('are protected by the suggested keep rules: simulating the change keeps them', () => {
    const suggestion = suggestProtection(design(rules), 0, { images, outcomes, atRisk, now });
    // `v` would also keep v3 and v4, which the policy expires and nobody runs: exact tags instead.
    expect(suggestion.rules).toEqual([
      { description: 'keep v1.0.0: in use', maxImageCount: 9999, tagPatternList: ['v1.0.0'] },
      { description: 'keep v2.0.0: in use', maxImageCount: 9999, tagPatternList: ['v2.0.0'] },
      {
        description: 'keep main-a1b2c3d: in use',
        maxImageCount: 9999,
        tagPatternList: ['main-a1b2c3d'],
      },
    ]);
    expect(suggestion.unprotected).toEqual([
      { digest: 'sha256:untagged', reason: expect.stringMatching(/^untagged: /) },
    ]);
    const changed = applyProtection(design(rules), suggestion);
    // Valid as a design, and placed first with the explicit priorities CDK needs.
    expect(parseDesign(changed).findings).toEqual([]);
    expect(changed.repositories[0]!.lifecycleRules!.map((r) => r.rulePriority)).toEqual([
      1,
      2,
      3,
      4,
      undefined,
      undefined,
    ]);
    const after = atRiskImages(images, run(changed), used);
    expect(after.map((i) => i.digest)).toEqual(['sha256:untagged']);
    // Nothing else changes: the same images go.
    const before = outcomes.filter((o) => o.action !== 'keep' && !used.has(o.digest));
    expect(run(changed).filter((o) => o.action !== 'keep' && !used.has(o.digest))).toEqual(
      expect.arrayContaining(
        before.map((o) => expect.objectContaining({ digest: o.digest, action: o.action })),
      ),
    );
  });

  it('share a tag family rule when one covers several without keeping bystanders', () => {
    const all = new Map(
      images.filter((i) => i.tags[0]?.startsWith('v')).map((i) => [i.digest, ['pod x']]),
    );
    const risk = atRiskImages(images, outcomes, all);
    const suggestion = suggestProtection(design(rules), 0, { images, outcomes, atRisk: risk, now });
    expect(suggestion.rules).toEqual([
      { description: 'keep v*: in use', maxImageCount: 9999, tagPrefixList: ['v'] },
    ]);
    expect(atRiskImages(images, run(applyProtection(design(rules), suggestion)), all)).toEqual([]);
  });
});

describe('the policy in force', () => {
  const getLifecyclePolicy = JSON.stringify({
    registryId: '123456789012',
    repositoryName: 'web-app',
    lifecyclePolicyText: JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 },
          action: { type: 'expire' },
        },
      ],
    }),
  });

  it('is read for the repository and compared image by image', () => {
    const inForce = readPolicyInForce(getLifecyclePolicy, {
      id: 'Repo',
      repositoryName: 'web-app',
    });
    expect(inForce.repositoryId).toBe('Repository');
    const previous = simulate(inForce.design!, inForce.repositoryId, images, now);
    if (!previous.ok) throw new Error(previous.message);
    const comparison = compareOutcomes(run(), previous.outcomes);
    // v1 is expired by both (by different rules): unchanged. v4 and the untagged image are new.
    expect(comparison.previous[0]).toBeUndefined();
    expect(comparison.previous[3]).toEqual({ action: 'keep', rulePriority: null });
    expect(comparison.previous[8]).toEqual({ action: 'keep', rulePriority: null });
    expect(comparison).toMatchObject({
      newlyExpired: 2,
      newlyKept: 0,
      newlyArchived: 0,
      changed: 2,
    });
  });

  it('says when the policy is of another repository, or no repository fits', () => {
    const other = readPolicyInForce(getLifecyclePolicy, { id: 'Repo', repositoryName: 'api' });
    expect(other.findings.map((f) => f.severity)).toContain('warning');
    const template = JSON.stringify(design(rules, 'a'));
    const twoRepos = JSON.parse(template);
    twoRepos.repositories.push({ ...twoRepos.repositories[0], id: 'Other', repositoryName: 'b' });
    expect(
      readPolicyInForce(JSON.stringify(twoRepos), { id: 'X', repositoryName: 'c' }).findings[0]!
        .message,
    ).toMatch(/^no repository named 'c'/);
    expect(readPolicyInForce('{"rules": 3}', { id: 'X' }).design).toBeUndefined();
  });
});

describe('the timeline', () => {
  it('reports each image’s first expiry or archive, one action per run, on what earlier runs left', () => {
    const timeline = simulateTimeline(
      design([
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        { maxDaysSinceImagePulled: 30, action: 'TRANSITION' },
      ]),
      undefined,
      [
        { digest: 'index', tags: ['v1'], pushedAt: ago(25), lastPulledAt: ago(25) },
        { digest: 'child', tags: [], pushedAt: ago(25), manifestListDigest: 'index' },
        { digest: 'young', tags: [], pushedAt: ago(5) },
        { digest: 'pulled', tags: ['v2'], pushedAt: ago(100), lastPulledAt: ago(1) },
      ],
      now,
      10,
    );
    if (!timeline.ok) throw new Error(timeline.message);
    expect(timeline.firstActions).toEqual([
      { day: 6, on: '2025-07-06T00:00:00.000Z', action: 'transition', rulePriority: 2 },
      // Held while the index is in standard storage; the first run after it is archived.
      { day: 7, on: '2025-07-07T00:00:00.000Z', action: 'expire', rulePriority: 1 },
      { day: 3, on: '2025-07-03T00:00:00.000Z', action: 'expire', rulePriority: 1 },
      undefined,
    ]);
  });
});
