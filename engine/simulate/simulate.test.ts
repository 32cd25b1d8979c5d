import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parseDesign';
import { simulationAssumptions } from './assumptions';
import { simulate } from './simulate';
import { simulationReport } from './simulationReport';

const now = Date.parse('2025-06-30T00:00:00Z');
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

function design(rules: unknown[]) {
  const parsed = parseDesign({ version: 1, repositories: [{ id: 'Repo', lifecycleRules: rules }] });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

describe('simulate refuses what ECR refuses', () => {
  it('does not simulate a policy with deploy-errors, and says which findings block it', () => {
    const result = simulate(
      design([
        { tagStatus: 'UNTAGGED', maxImageCount: 5 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 10 },
      ]),
      undefined,
      [{ digest: 'a', tags: [], pushedAt: ago(1) }],
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.blocked).toBe('invalid-policy');
    expect(result.findings.map((f) => f.severity)).toEqual(['deploy-error']);
  });

  it('tells a missing repository apart', () => {
    const result = simulate(design([]), 'Nope', [], now);
    expect(!result.ok && result.blocked).toBe('no-repository');
  });
});

describe('the assumptions of a result', () => {
  it('are those its rules, images and outcomes depend on, from the one list', () => {
    const result = simulate(
      design([{ tagStatus: 'UNTAGGED', maxImageCount: 1 }]),
      undefined,
      [
        { digest: 'index', tags: ['v1'], pushedAt: ago(3) },
        { digest: 'a', tags: [], pushedAt: ago(2), manifestListDigest: 'index' },
        { digest: 'b', tags: [], pushedAt: ago(2) },
      ],
      now,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.assumptions.map((a) => a.code)).toEqual(['count-ties', 'index-children-count']);
    for (const assumption of result.assumptions)
      expect(simulationAssumptions).toContainEqual(assumption);
  });
});

describe('simulationReport', () => {
  it('sums the outcomes and the bytes, and names the fields as the CLI prints them', () => {
    const images = [
      { digest: 'old', tags: [], pushedAt: ago(30), sizeInBytes: 100 },
      { digest: 'new', tags: [], pushedAt: ago(1), sizeInBytes: 7 },
      { digest: 'child', tags: [], pushedAt: ago(40), manifestListDigest: 'list' },
      { digest: 'list', tags: ['v1'], pushedAt: ago(40) },
    ];
    const result = simulate(
      design([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 7 }]),
      undefined,
      images,
      now,
    );
    if (!result.ok) throw new Error(result.message);
    const report = simulationReport({
      repository: 'Repo',
      now,
      images,
      outcomes: result.outcomes,
      assumptions: result.assumptions,
      previous: [undefined, { action: 'expire', rulePriority: 1 }, undefined, undefined],
    });
    expect(report.summary).toEqual({
      images: 4,
      expire: 1,
      transition: 0,
      keep: 3,
      inUseAtRisk: 0,
      changed: 1,
      bytesExpired: 100,
      bytesArchived: 0,
    });
    expect(report.images[2]).toMatchObject({ digest: 'child', action: 'keep', heldBy: 'list' });
    expect(report.assumptions).toEqual(result.assumptions.map((a) => a.text));
  });
});
