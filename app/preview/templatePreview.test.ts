import { describe, expect, it } from 'vitest';
import { type Design, withoutSampleImages } from '../../engine/index';
import { designOf, initialState } from '../state/designerState';
import { historyReducer } from '../state/history';
import { generateImages } from './generateImages';
import { defaultGeneratorSpec } from './generatorSpec';
import { panelPreview } from './panelPreview';
import { sampleImagesOf } from './sampleImageState';

const now = Date.parse('2026-01-15T12:00:00Z');
const design: Design = {
  version: 1,
  repositories: [{ id: 'Repo', lifecycleRules: [{ maxImageCount: 1 }] }],
  registry: {
    creationTemplates: [
      {
        id: 'Cache',
        prefix: 'docker-hub',
        appliedFor: ['PULL_THROUGH_CACHE'],
        lifecycleRules: [
          { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 },
          { tagStatus: 'ANY', maxImageCount: 3 },
        ],
      },
    ],
  },
};
const images = generateImages({ ...defaultGeneratorSpec, days: 5 }, now);

describe('a creation template’s preview images', () => {
  it('live in the template (one undo step), join the design file and stay out of the link', () => {
    const start = initialState(design);
    const key = start.registry.templates[0]!.key;
    const state = historyReducer(start, { type: 'setSampleImages', repositoryKey: key, images });
    expect(sampleImagesOf(state.registry.templates[0]!)).toEqual(images);
    expect(sampleImagesOf(state.repositories[0]!)).toEqual([]);
    const saved = designOf(state);
    expect(saved.registry?.creationTemplates?.[0]?.sampleImages).toEqual(images);
    expect(withoutSampleImages(saved)).toEqual(designOf(start));
    const undone = historyReducer(state, { type: 'undo' });
    expect(sampleImagesOf(undone.registry.templates[0]!)).toEqual([]);
  });

  it('are previewed with the template’s rules, labelled with its priorities', () => {
    const preview = panelPreview({ design, repositoryIndex: 0, templateIndex: 0, images, now });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.rules.map((r) => r.rulePriority)).toEqual([1, 2]);
    expect(preview.rules[1]!.label).toMatch(/^2 · expires .* beyond the newest 3$/);
    const repository = panelPreview({ design, repositoryIndex: 0, images, now });
    if (!repository.ok) throw new Error(repository.message);
    expect(repository.rules.map((r) => r.rulePriority)).toEqual([1]);
  });
});
