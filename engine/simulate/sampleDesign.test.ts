import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { formatPath } from '../fieldPath';
import { importLifecycleRules } from '../import/importLifecyclePolicy';
import { render } from '../render/render';
import { generateSampleImages } from './generateSampleImages';
import { ruleOutcomeCounts } from './ruleOutcomeCounts';
import { maxSampleImages } from './sampleImages';
import { simulate, simulateRepository } from './simulate';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function design(rules: unknown[], sampleImages?: unknown[]) {
  const parsed = parseDesign({
    version: 1,
    repositories: [{ id: 'Repository', lifecycleRules: rules, sampleImages }],
  });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

describe('archive-era rules', () => {
  it('D7: sinceImagePulled transitions, with the fallbacks of §1.4.3', () => {
    const d = design(
      [{ maxDaysSinceImagePulled: 90, action: 'TRANSITION' }],
      [
        { digest: 'Q1', tags: [], pushedAt: ago(200), lastPulledAt: ago(10) },
        { digest: 'Q2', tags: [], pushedAt: ago(200) },
        { digest: 'Q3', tags: [], pushedAt: ago(5) },
        {
          digest: 'Q4',
          tags: [],
          pushedAt: ago(300),
          lastPulledAt: ago(120),
          lastActivatedAt: ago(20),
        },
        {
          digest: 'Q5',
          tags: [],
          pushedAt: ago(300),
          lastPulledAt: ago(150),
          lastActivatedAt: ago(100),
        },
        {
          digest: 'Q6',
          tags: [],
          pushedAt: ago(300),
          lastPulledAt: ago(80),
          lastActivatedAt: ago(100),
        },
        {
          digest: 'Q7',
          tags: [],
          pushedAt: ago(400),
          storageClass: 'archive',
          archivedAt: ago(200),
        },
      ],
    );
    expect(render(d).findings).toEqual([]);
    const result = simulateRepository(d, 0, now);
    if (!result.ok) throw new Error(result.message);
    const acted = result.outcomes.filter((o) => o.action !== 'keep').map((o) => o.digest);
    expect(acted).toEqual(['Q2', 'Q5']);
    expect(ruleOutcomeCounts(result.outcomes)).toEqual([
      { rulePriority: 1, expires: 0, archives: 2, keeps: 4, protects: 0 },
    ]);
  });

  it('D8: archive then expire, two ANY rules (one per storage class) are valid', () => {
    const d = design(
      [
        { maxImageAgeDays: 30, action: 'TRANSITION' },
        { storageClass: 'ARCHIVE', maxDaysSinceImageTransitioned: 365 },
      ],
      [
        { digest: 'S1', tags: ['x'], pushedAt: ago(40) },
        { digest: 'S2', tags: [], pushedAt: ago(10) },
        {
          digest: 'A1',
          tags: ['y'],
          pushedAt: ago(500),
          storageClass: 'archive',
          archivedAt: ago(400),
        },
        {
          digest: 'A2',
          tags: ['z'],
          pushedAt: ago(200),
          storageClass: 'archive',
          archivedAt: ago(100),
        },
      ],
    );
    const result = render(d);
    expect(result.findings).toEqual([]);
    expect(result.cdkTypescript).toContain(
      'const cfnRepository = repository.node.defaultChild as ecr.CfnRepository;',
    );
    expect(result.cdkTypescript).not.toContain('addLifecycleRule');
    expect(JSON.parse(result.repositories[0]!.lifecyclePolicyJson!).rules[1]).toEqual({
      rulePriority: 2,
      selection: {
        tagStatus: 'any',
        storageClass: 'archive',
        countType: 'sinceImageTransitioned',
        countUnit: 'days',
        countNumber: 365,
      },
      action: { type: 'expire' },
    });
    const sim = simulate(d, undefined, undefined, now);
    if (!sim.ok) throw new Error(sim.message);
    expect(sim.outcomes.map((o) => [o.digest, o.action, o.rulePriority])).toEqual([
      ['S1', 'transition', 1],
      ['S2', 'keep', null],
      ['A1', 'expire', 2],
      ['A2', 'keep', null],
    ]);
  });

  it('reports the combinations ECR rejects as deploy-errors with field paths', () => {
    const findings = render(
      design([
        { tagStatus: 'UNTAGGED', maxDaysSinceImagePulled: 30 },
        { storageClass: 'ARCHIVE', maxDaysSinceImageTransitioned: 30, tagPrefixList: ['a'] },
        { storageClass: 'ARCHIVE', maxImageCount: 3, tagPrefixList: ['b'], action: 'TRANSITION' },
      ]),
    ).findings.map((f) => `${formatPath(f.path)} ${f.severity} ${f.origin}`);
    expect(findings).toEqual([
      'repositories[0].lifecycleRules[0].action deploy-error aws',
      'repositories[0].lifecycleRules[2].storageClass deploy-error aws',
      'repositories[0].lifecycleRules[2].action deploy-error aws',
      'repositories[0].lifecycleRules[1].maxDaysSinceImageTransitioned warning designer',
    ]);
  });

  it('keeps plain rules on addLifecycleRule; STANDARD and EXPIRE alone stay plain', () => {
    const plain = render(design([{ tagPrefixList: ['prod'], maxImageCount: 3 }]));
    const defaults = render(
      design([
        { tagPrefixList: ['prod'], maxImageCount: 3, storageClass: 'STANDARD', action: 'EXPIRE' },
      ]),
    );
    expect(defaults.cdkTypescript).toBe(plain.cdkTypescript);
    expect(defaults.template).toEqual(plain.template);
  });

  it('imports archive rules from a policy into the new fields', () => {
    const findings: never[] = [];
    const text = render(
      design([
        { maxImageAgeDays: 30, action: 'TRANSITION' },
        { storageClass: 'ARCHIVE', maxDaysSinceImageTransitioned: 365 },
      ]),
    ).repositories[0]!.lifecyclePolicyJson!;
    expect(importLifecycleRules(text, ['x'], findings)).toEqual([
      { rulePriority: 1, tagStatus: 'ANY', maxImageAgeDays: 30, action: 'TRANSITION' },
      {
        rulePriority: 2,
        tagStatus: 'ANY',
        maxDaysSinceImageTransitioned: 365,
        storageClass: 'ARCHIVE',
      },
    ]);
    expect(findings).toEqual([]);
  });
});

describe('sample images in the design', () => {
  it('are validated like simulate --images: duplicates and the 100,000 cap are findings', () => {
    const image = { digest: 'a', tags: [], pushedAt: ago(1) };
    const dup = parseDesign({
      version: 1,
      repositories: [{ id: 'R', sampleImages: [image, image] }],
    });
    expect(dup.findings.map((f) => formatPath(f.path))).toEqual([
      'repositories[0].sampleImages[1].digest',
    ]);
    const many = Array.from({ length: maxSampleImages + 1 }, (_, i) => ({
      ...image,
      digest: `d${i}`,
    }));
    const capped = parseDesign({ version: 1, repositories: [{ id: 'R', sampleImages: many }] });
    expect(capped.findings[0]?.message).toBe(`at most ${maxSampleImages} images`);
  });

  it('change no output', () => {
    const rules = [{ maxImageCount: 1 }];
    const images = generateSampleImages({ days: 3, ciPushesPerDay: 2 }, now);
    const withImages = render(design(rules, images));
    const without = render(design(rules));
    expect(withImages.cdkTypescript).toBe(without.cdkTypescript);
    expect(withImages.cdkPython).toBe(without.cdkPython);
    expect(withImages.template).toEqual(without.template);
  });
});

describe('generateSampleImages', () => {
  const spec = {
    days: 90,
    ciPushesPerDay: 20,
    ciTagPrefix: 'sha-',
    releasesPerWeek: 1,
    releaseTagPrefix: 'prod-',
    untaggedPerDay: 2,
    pulledShare: 0.3,
    seed: 1,
  };

  it('is deterministic, capped at 1,000, unique and valid for the design', () => {
    const images = generateSampleImages(spec, now);
    expect(generateSampleImages(spec, now)).toEqual(images);
    expect(images).toHaveLength(1000);
    expect(new Set(images.map((i) => i.digest)).size).toBe(1000);
    expect(images.some((i) => i.tags[0]?.startsWith('prod-'))).toBe(true);
    expect(images.some((i) => i.tags.length === 0)).toBe(true);
    expect(images.every((i) => Date.parse(i.pushedAt) <= now)).toBe(true);
    const d = design([{ tagPrefixList: ['sha-'], maxImageCount: 10 }], images);
    expect(render(d).findings).toEqual([]);
    expect(generateSampleImages({ ...spec, seed: 2 }, now)).not.toEqual(images);
  });

  it('counts what each rule expires, archives and protects', () => {
    const d = design(
      [
        { tagPrefixList: ['prod-'], maxImageCount: 9999 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        { maxImageAgeDays: 3, action: 'TRANSITION' },
      ],
      generateSampleImages({ ...spec, limit: 300 }, now),
    );
    const result = simulateRepository(d, 0, now);
    if (!result.ok) throw new Error(result.message);
    const counts = ruleOutcomeCounts(result.outcomes);
    const total = (key: 'expires' | 'archives' | 'protects') =>
      counts.reduce((sum, c) => sum + c[key], 0);
    expect(total('expires')).toBe(result.outcomes.filter((o) => o.action === 'expire').length);
    expect(total('archives')).toBe(result.outcomes.filter((o) => o.action === 'transition').length);
    expect(counts.find((c) => c.rulePriority === 1)?.protects).toBeGreaterThan(0);
  });
});
