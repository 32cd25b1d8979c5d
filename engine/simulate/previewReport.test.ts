import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { readInUseText } from './inUseReaders';
import { previewReport } from './previewReport';
import type { SampleImage } from './sampleImages';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function designOf(rules: unknown[]) {
  const parsed = parseDesign({
    version: 1,
    repositories: [{ id: 'Repo', repositoryName: 'web-app', lifecycleRules: rules }],
  });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

const images: SampleImage[] = [1, 2, 3].map((n) => ({
  digest: `sha256:v${n}`,
  tags: [`v${n}`],
  pushedAt: ago(40 - n * 10),
}));
const keepOne = designOf([{ tagPatternList: ['v*'], maxImageCount: 1 }]);
const keepThree = designOf([{ tagPatternList: ['v*'], maxImageCount: 3 }]);
const uses = readInUseText('123456789012.dkr.ecr.eu-west-1.amazonaws.com/web-app:v1\n').uses;

describe('previewReport', () => {
  it('combines the outcomes with what is in use, the policy in force and the timeline', () => {
    const preview = previewReport({
      design: keepOne,
      repositoryIndex: 0,
      images,
      now,
      inUse: { uses, identity: { name: 'web-app' } },
      inForce: { design: keepThree },
      days: 3,
    });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.report.summary).toMatchObject({ images: 3, expire: 2, inUseAtRisk: 1 });
    expect(preview.changed).toBe(2);
    expect(preview.report.compare).toMatchObject({ newlyExpired: 2, newlyKept: 0 });
    expect(preview.atRiskFindings.map((f) => f.severity)).toEqual(['error']);
    expect(preview.report.days).toBe(3);
    expect(preview.report.images.find((i) => i.digest === 'sha256:v1')?.inUse).toEqual([
      expect.stringContaining('line 1'),
    ]);
    expect(preview.report.assumptions.some((a) => /new pushes|pulls/.test(a))).toBe(true);
  });

  it('adds nothing it was not asked for', () => {
    const preview = previewReport({ design: keepThree, repositoryIndex: 0, images, now });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.report.inUse).toBeUndefined();
    expect(preview.report.compare).toBeUndefined();
    expect(preview.report.days).toBeUndefined();
    expect(preview.changed).toBe(0);
    expect(preview.atRiskFindings).toEqual([]);
  });

  it('does not simulate a policy ECR refuses', () => {
    const refused = designOf([{ rulePriority: 0, tagPatternList: ['v*'], maxImageCount: 1 }]);
    const preview = previewReport({ design: refused, repositoryIndex: 0, images, now });
    expect(preview.ok).toBe(false);
  });
});
