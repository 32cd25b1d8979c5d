import { describe, expect, it } from 'vitest';
import {
  maxGeneratedSampleImages,
  ruleOutcomeCounts,
  simulateRepository,
} from '../../engine/index';
import { seedDesign } from '../seedDesign';
import { generateImages } from './generateImages';
import { defaultGeneratorSpec } from './generatorSpec';

const now = Date.parse('2026-01-15T12:00:00Z');
const dayMs = 86_400_000;
const images = generateImages(defaultGeneratorSpec, now);
const repository = seedDesign.repositories[0]!;
const result = simulateRepository(
  { ...seedDesign, repositories: [{ ...repository, sampleImages: images }] },
  0,
  now,
);
if (!result.ok) throw new Error(result.message);
const counts = new Map(ruleOutcomeCounts(result.outcomes).map((c) => [c.rulePriority, c]));
const rules = repository.lifecycleRules ?? [];

describe('the generator defaults on the example design', () => {
  it('fit under the cap, so every day of history asked for is there', () => {
    expect(images.length).toBeLessThanOrEqual(maxGeneratedSampleImages);
    const oldest = Math.min(...images.map((i) => Date.parse(i.pushedAt)));
    expect(now - oldest).toBeGreaterThan((defaultGeneratorSpec.days - 1) * dayMs);
  });

  it('give every rule something to show: each expires or archives images, or protects them', () => {
    expect(rules.length).toBeGreaterThan(1);
    rules.forEach((rule, i) => {
      const count = counts.get(i + 1);
      // A count limit above the whole set (keep prod: 9,999) can expire nothing: it keeps, and
      // shows that by protecting old releases from the age rule below it.
      const acts = (count?.expires ?? 0) + (count?.archives ?? 0);
      if (rule.maxImageCount !== undefined && rule.maxImageCount >= maxGeneratedSampleImages)
        expect(count?.protects ?? 0, `rule ${i + 1} protects`).toBeGreaterThan(0);
      else expect(acts, `rule ${i + 1} expires or archives`).toBeGreaterThan(0);
    });
  });
});
