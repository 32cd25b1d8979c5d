import { describe, expect, it } from 'vitest';
import { withoutRepositoryImages, withoutSampleImages } from '../design/designImages';
import type { Design, LifecycleRuleDesign } from '../design/designSchema';
import { parseDesign } from '../design/parseDesign';
import { templateRulePriorities } from '../render/priorityPreview';
import { render } from '../render/render';
import { previewReport } from './previewReport';
import { ruleOutcomeCounts } from './ruleOutcomeCounts';
import type { SampleImage } from './sampleImages';
import { templatePolicy } from './templatePolicy';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
const images: SampleImage[] = [
  { digest: 'sha256:v1', tags: ['v1'], pushedAt: ago(4) },
  { digest: 'sha256:v2', tags: ['v2'], pushedAt: ago(3) },
  { digest: 'sha256:v3', tags: ['v3'], pushedAt: ago(2) },
  { digest: 'sha256:untagged', tags: [], pushedAt: ago(1) },
];

function design(rules: LifecycleRuleDesign[], repositories: unknown[] = []): Design {
  const parsed = parseDesign({
    version: 1,
    repositories,
    registry: {
      creationTemplates: [
        { id: 'Other', prefix: 'other', appliedFor: ['REPLICATION'] },
        {
          id: 'Cache',
          prefix: 'docker-hub',
          appliedFor: ['PULL_THROUGH_CACHE'],
          lifecycleRules: rules,
        },
      ],
    },
  });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

const expired = (d: Design) => {
  const preview = previewReport({ design: d, repositoryIndex: 0, templateIndex: 1, images, now });
  if (!preview.ok) throw new Error(preview.message);
  return preview.details.outcomes
    .map((o, i) => (o.action === 'expire' ? images[i]!.digest : undefined))
    .filter(Boolean);
};

const everyTagged: LifecycleRuleDesign = {
  tagStatus: 'TAGGED',
  tagPatternList: ['*'],
  maxImageCount: 1,
};
const versions: LifecycleRuleDesign = {
  tagStatus: 'TAGGED',
  tagPrefixList: ['v'],
  maxImageCount: 2,
};

describe('the lifecycle preview of a creation template', () => {
  it('evaluates the template’s rules with the priorities its rule cards show', () => {
    // CDK's addLifecycleRule refuses a prioritized ANY rule beside unprioritized ones; the
    // template's LifecyclePolicy string is checked by nobody but ECR, which accepts it.
    const rules: LifecycleRuleDesign[] = [
      { tagStatus: 'ANY', maxImageCount: 2, rulePriority: 10 },
      { tagStatus: 'TAGGED', tagPrefixList: ['v'], maxImageCount: 1 },
    ];
    const d = design(rules, [{ id: 'Repo', lifecycleRules: rules }]);
    const policy = templatePolicy(d, 1);
    if (!policy.ok) throw new Error(policy.message);
    const priorities = templateRulePriorities(rules);
    expect(policy.rules.map((r) => r.rulePriority)).toEqual(
      [...priorities].sort((a, b) => a.policyIndex - b.policyIndex).map((p) => p.rulePriority),
    );
    expect(policy.rules.map((r) => r.rulePriority)).toEqual([1, 10]);
    const preview = previewReport({ design: d, repositoryIndex: 0, templateIndex: 1, images, now });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.details.repository).toBe('Cache');
    expect(ruleOutcomeCounts(preview.details.outcomes)).toEqual([
      { rulePriority: 1, expires: 2, archives: 0, keeps: 1, protects: 0 },
      { rulePriority: 10, expires: 0, archives: 0, keeps: 1, protects: 0 },
    ]);
    // The repository with the same rules is refused by CDK: the two are not mixed up.
    const repository = previewReport({ design: d, repositoryIndex: 0, images, now });
    expect(repository.ok).toBe(false);
  });

  it('evaluates the very rules of the LifecyclePolicy the template renders', () => {
    const d = design([
      versions,
      { tagStatus: 'UNTAGGED', maxImageAgeDays: 3, rulePriority: 7 },
      { tagStatus: 'ANY', maxImageAgeDays: 30 },
    ]);
    const resources = Object.values(render(d).template!.Resources!) as {
      Type: string;
      Properties: { Prefix: string; LifecyclePolicy?: string };
    }[];
    const cache = resources.find((r) => r.Properties.Prefix === 'docker-hub')!;
    const policy = templatePolicy(d, 1);
    if (!policy.ok) throw new Error(policy.message);
    expect(policy.rules).toEqual(JSON.parse(cache.Properties.LifecyclePolicy!).rules);
    expect(policy.rules.map((r) => r.rulePriority)).toEqual([7, 8, 9]);
  });

  it('follows a reorder of the template’s rules', () => {
    expect(expired(design([everyTagged, versions]))).toEqual(['sha256:v1', 'sha256:v2']);
    expect(expired(design([versions, everyTagged]))).toEqual(['sha256:v1']);
  });

  it('runs the timeline on the template’s rules', () => {
    const preview = previewReport({
      design: design([{ tagStatus: 'ANY', maxImageAgeDays: 3 }]),
      repositoryIndex: 0,
      templateIndex: 1,
      images,
      now,
      days: 2,
    });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.details.timeline?.firstActions.map((a) => a?.day)).toEqual([0, 1, 2, undefined]);
  });

  it('does not preview a policy ECR refuses, and names the template’s findings', () => {
    const d = design([
      { tagStatus: 'UNTAGGED', maxImageCount: 5 },
      { tagStatus: 'UNTAGGED', maxImageAgeDays: 10 },
    ]);
    const preview = previewReport({ design: d, repositoryIndex: 0, templateIndex: 1, images, now });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.blocked).toBe('invalid-policy');
    expect(preview.findings.length).toBeGreaterThan(0);
    for (const f of preview.findings)
      expect(f.path.slice(0, 4)).toEqual(['registry', 'creationTemplates', 1, 'lifecycleRules']);
    const missing = previewReport({ design: d, repositoryIndex: 0, templateIndex: 5, images, now });
    expect(missing.ok || missing.blocked).toBe('no-repository');
  });

  it('keeps a template’s sample images out of what a link carries', () => {
    const d = design([versions]);
    const withImages: Design = {
      ...d,
      registry: {
        creationTemplates: d.registry!.creationTemplates!.map((t, i) =>
          i === 1 ? { ...t, sampleImages: images } : t,
        ),
      },
    };
    expect(parseDesign(withImages).design?.registry?.creationTemplates?.[1]?.sampleImages).toEqual(
      images,
    );
    expect(withoutSampleImages(withImages)).toEqual(d);
    expect(withoutSampleImages(d)).toBe(d);
    // The autosave moves only the repositories' images to IndexedDB: a template's stay inline.
    expect(withoutRepositoryImages(withImages)).toBe(withImages);
  });
});
