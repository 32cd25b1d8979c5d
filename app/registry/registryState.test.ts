import { describe, expect, it } from 'vitest';
import type { Design } from '../../engine/index';
import { designOf, initialState } from '../state/designerState';
import { type HistoryAction, historyReducer } from '../state/history';
import { registryKey } from './registryState';

const design: Design = {
  version: 1,
  repositories: [{ id: 'Repo' }],
  registry: {
    creationTemplates: [
      {
        id: 'Root',
        prefix: 'ROOT',
        appliedFor: ['PULL_THROUGH_CACHE', 'NOT_AN_ECR_VALUE'],
        imageTagMutability: 'SOMETIMES',
        lifecycleRules: [
          { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 },
          { tagStatus: 'TAGGED', tagPrefixList: ['v'], maxImageCount: 5 },
        ],
      },
    ],
    replication: { rules: [{ destinations: [{ region: 'eu-west-1', registryId: '1' }] }] },
    scanning: { scanType: 'ENHANCED', rules: [] },
  },
};

const run = (actions: HistoryAction[], state = initialState(design)) =>
  actions.reduce(historyReducer, state);

describe('the registry in the designer state', () => {
  it('reads a design and gives it back as it was, free text ECR refuses included', () => {
    expect(designOf(initialState(design))).toEqual(design);
    const old: Design = { version: 1, repositories: [{ id: 'Repo' }] };
    expect(designOf(initialState(old))).toEqual(old);
  });

  it('adds, copies and removes templates; their rules take the rule actions; undo undoes each', () => {
    const state = initialState(design);
    const template = state.registry.templates[0]!;
    const edited = run(
      [
        {
          type: 'registry/addTemplate',
          settings: { id: 'Team', prefix: 'team', appliedFor: ['REPLICATION'] },
          rules: [],
          at: 1,
        },
        {
          type: 'registry/addTemplate',
          settings: { ...template.settings, id: 'RootCopy', prefix: 'ROOT-copy' },
          rules: template.rules.map((r) => r.rule),
          at: 1,
        },
        { type: 'moveRule', repositoryKey: template.key, from: 1, to: 0 },
        { type: 'addRule', repositoryKey: template.key },
      ],
      state,
    );
    const templates = designOf(edited).registry!.creationTemplates!;
    expect(templates.map((t) => [t.id, t.prefix])).toEqual([
      ['Root', 'ROOT'],
      ['RootCopy', 'ROOT-copy'],
      ['Team', 'team'],
    ]);
    expect(templates[0]!.lifecycleRules).toHaveLength(3);
    expect(templates[0]!.lifecycleRules![0]).toEqual({
      tagStatus: 'TAGGED',
      tagPrefixList: ['v'],
      maxImageCount: 5,
    });
    expect(templates[1]!.lifecycleRules).toEqual(
      design.registry!.creationTemplates![0]!.lifecycleRules,
    );
    const undone = run(
      [{ type: 'undo' }, { type: 'undo' }, { type: 'undo' }, { type: 'undo' }],
      edited,
    );
    expect(designOf(undone)).toEqual(design);
    const removed = run([{ type: 'registry/removeTemplate', key: template.key }], state);
    expect(designOf(removed).registry!.creationTemplates).toBeUndefined();
    expect(removed.toast?.message).toBe('Creation template Root removed');
  });

  it('sets the other parts whole, typing is one undo step, and an empty part goes', () => {
    const typed = run([
      { type: 'selectRepository', key: registryKey },
      {
        type: 'registry/set',
        patch: { signing: { rules: [{ signingProfileArn: 'a' }] } },
        typing: 'x',
      },
      {
        type: 'registry/set',
        patch: { signing: { rules: [{ signingProfileArn: 'ab' }] } },
        typing: 'x',
      },
      { type: 'registry/set', patch: { replication: undefined } },
    ]);
    expect(designOf(typed).registry).toEqual({
      creationTemplates: design.registry!.creationTemplates,
      scanning: design.registry!.scanning,
      signing: { rules: [{ signingProfileArn: 'ab' }] },
    });
    const once = run([{ type: 'undo' }], typed);
    expect(designOf(once).registry!.replication).toEqual(design.registry!.replication);
    const twice = run([{ type: 'undo' }], once);
    expect(designOf(twice)).toEqual(design);
    expect(twice.selectedKey).toBe(registryKey);
  });
});
