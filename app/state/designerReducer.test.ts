import { describe, expect, it } from 'vitest';
import { seedDesign } from '../seedDesign';
import { designerReducer } from './designerReducer';
import { designOf, initialState } from './designerState';

const start = () => initialState(seedDesign);
const repositoryKey = (state: ReturnType<typeof start>) => state.repositories[0]!.key;

describe('designerReducer', () => {
  it('holds the seed design exactly', () => {
    expect(designOf(start())).toEqual(seedDesign);
  });

  it('gives the design back with its fields in the format’s order, whatever order they came in', () => {
    const shuffled = {
      version: 1 as const,
      repositories: [
        {
          resourcePolicy: [{ principals: ['*'], actions: ['ecr:BatchGetImage'] }],
          lifecycleRules: [{ action: 'TRANSITION' as const, maxDaysSinceImagePulled: 30 }],
          tags: { team: 'a' },
          id: 'Repo',
        },
      ],
    };
    const repository = designOf(initialState(shuffled)).repositories[0]!;
    expect(Object.keys(repository)).toEqual(['id', 'tags', 'lifecycleRules', 'resourcePolicy']);
    expect(Object.keys(repository.lifecycleRules![0]!)).toEqual([
      'maxDaysSinceImagePulled',
      'action',
    ]);
  });

  it('adds a rule above the rule that selects any image', () => {
    const state = designerReducer(start(), {
      type: 'addRule',
      repositoryKey: repositoryKey(start()),
    });
    const rules = designOf(state).repositories[0]!.lifecycleRules!;
    expect(rules.map((r) => r.tagStatus ?? r.description)).toEqual([
      'keep prod images',
      'UNTAGGED',
      'expire after 30 days',
    ]);
  });

  it('deletes a rule and offers to undo it', () => {
    const state = start();
    const key = repositoryKey(state);
    const deleted = designerReducer(state, {
      type: 'removeRule',
      repositoryKey: key,
      ruleKey: state.repositories[0]!.rules[0]!.key,
    });
    expect(designOf(deleted).repositories[0]!.lifecycleRules).toHaveLength(1);
    expect(deleted.toast?.message).toBe('Lifecycle rule deleted');
  });

  it('drops the input errors of the priorities a drop renumbered, and only those', () => {
    let state = start();
    const key = repositoryKey(state);
    state = designerReducer(state, { type: 'addRule', repositoryKey: key });
    const prod = state.repositories[0]!.rules[0]!;
    state = designerReducer(state, {
      type: 'updateRule',
      repositoryKey: key,
      ruleKey: prod.key,
      patch: { rulePriority: 10 },
    });
    const before = state.repositories[0]!.rules;
    for (const fieldKey of [`${prod.key}:rulePriority`, `${prod.key}:description`])
      state = designerReducer(state, { type: 'setInputError', fieldKey, message: 'unfinished' });
    state = designerReducer(state, { type: 'moveRule', repositoryKey: key, from: 1, to: 0 });
    const rules = state.repositories[0]!.rules;
    expect(rules.map((r) => r.rule.rulePriority)).toEqual([1, 2, undefined]);
    expect(rules[2]).toBe(before[2]);
    expect(state.inputErrors).toEqual({ [`${prod.key}:description`]: 'unfinished' });
    // Said, not done silently: the notice names each change.
    expect(state.notice?.text).toBe(
      'Priorities renumbered so that ECR, which applies rules by priority, follows the cards’ order: automatic → 1, 10 → 2.',
    );
  });

  it('explains a refused move of the rule that selects any image', () => {
    const state = designerReducer(start(), {
      type: 'moveRule',
      repositoryKey: repositoryKey(start()),
      from: 1,
      to: 0,
    });
    expect(state.notice?.text).toMatch(/stays last/);
    expect(designOf(state)).toEqual(seedDesign);
  });

  it('replaces the whole design with fresh keys and a new lineage', () => {
    const state = start();
    const replaced = designerReducer(state, {
      type: 'replaceDesign',
      design: { version: 1, repositories: [] },
      message: 'Started a new design',
    });
    expect(designOf(replaced)).toEqual({ version: 1, repositories: [] });
    expect(replaced.lineage).not.toBe(state.lineage);
    expect(replaced.generation).toBe(state.generation + 1);
    expect(replaced.toast?.message).toBe('Started a new design');
  });
});
