import { describe, expect, it } from 'vitest';
import { type Design, ruleOutcomeCounts, simulateRepository } from '../../engine/index';
import { initialState } from '../state/designerState';
import { historyReducer } from '../state/history';
import { generateImages } from './generateImages';
import { defaultGeneratorSpec } from './generatorSpec';
import { kindOf } from './outcomes';
import { countByRule, describeCounts } from './ruleCounts';
import { sampleImagesOf } from './sampleImageState';

const now = Date.parse('2026-01-15T12:00:00Z');
const rules: Design['repositories'][number]['lifecycleRules'] = [
  { tagPrefixList: ['prod'], maxImageCount: 9999 },
  { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
  { maxImageAgeDays: 10 },
];
const designWith = (sampleImages: ReturnType<typeof generateImages>): Design => ({
  version: 1,
  repositories: [{ id: 'Repository', lifecycleRules: rules, sampleImages }],
});

describe('the generator', () => {
  it('is deterministic, adds manifest-list children and stays under the design cap', () => {
    const images = generateImages({ ...defaultGeneratorSpec, days: 90 }, now);
    expect(images.length).toBeLessThanOrEqual(1000);
    expect(generateImages({ ...defaultGeneratorSpec, days: 90 }, now)).toEqual(images);
    expect(new Set(images.map((i) => i.digest)).size).toBe(images.length);
    const releases = images.filter((i) => i.tags.some((t) => t.startsWith('prod-')));
    expect(releases.length).toBeGreaterThan(0);
    expect(images.filter((i) => i.manifestListDigest !== undefined)).toHaveLength(
      2 * releases.length,
    );
  });
});

describe('outcomes', () => {
  it('are counted by the rule that expires, keeps or protects each image', () => {
    const images = generateImages({ ...defaultGeneratorSpec, days: 21 }, now);
    const result = simulateRepository(designWith(images), 0, now);
    if (!result.ok) throw new Error(result.message);
    const counts = countByRule(ruleOutcomeCounts(result.outcomes));
    const kinds = result.outcomes.map(kindOf);
    expect(counts.get(1)?.expires).toBe(0);
    expect((counts.get(1)?.keeps ?? 0) + (counts.get(1)?.protects ?? 0)).toBe(
      images.filter((i) => i.tags.some((t) => t.startsWith('prod'))).length,
    );
    expect(kinds.filter((k) => k === 'expire')).toHaveLength(
      (counts.get(2)?.expires ?? 0) + (counts.get(3)?.expires ?? 0),
    );
    expect(describeCounts({ expires: 3, archives: 0, keeps: 2, protects: 1 })).toBe(
      'expires 3 · keeps 2 · protects 1',
    );
  });
});

describe('sample images in the history', () => {
  it('generation is one undo step', () => {
    const start = initialState(designWith([]));
    const key = start.repositories[0]!.key;
    const images = generateImages({ ...defaultGeneratorSpec, days: 2 }, now);
    const generated = historyReducer(start, {
      type: 'setSampleImages',
      repositoryKey: key,
      images,
    });
    expect(sampleImagesOf(generated.repositories[0]!)).toEqual(images);
    const undone = historyReducer(generated, { type: 'undo' });
    expect(sampleImagesOf(undone.repositories[0]!)).toEqual([]);
  });
});
