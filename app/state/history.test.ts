import { describe, expect, it } from 'vitest';
import { seedDesign } from '../seedDesign';
import type { DesignerAction } from './designerReducer';
import { designOf, initialState } from './designerState';
import { type HistoryAction, historyLimit, historyReducer } from './history';

const start = () => initialState(seedDesign);
const run = (actions: HistoryAction[], state = start()) => actions.reduce(historyReducer, state);
const rename = (key: string, repositoryName: string): DesignerAction => ({
  type: 'updateRepository',
  key,
  patch: { repositoryName },
});

describe('historyReducer', () => {
  it('restores images read back from storage into the design on screen, not as an undo step', () => {
    const state = start();
    const id = state.repositories[0]!.settings.id;
    const image = { digest: 'sha256:a', tags: ['v1'], pushedAt: '2026-01-14T12:00:00Z' };
    const restored = historyReducer(state, {
      type: 'restoreSampleImages',
      byRepository: new Map([
        [id, [image]],
        ['NotInTheDesign', [image]],
      ]),
    });
    expect(designOf(restored).repositories[0]!.sampleImages).toEqual([image]);
    expect(restored.history).toBe(state.history);
  });

  it('undoes and redoes every edit, deletions and moves included', () => {
    const state = start();
    const key = state.repositories[0]!.key;
    const ruleKey = state.repositories[0]!.rules[0]!.key;
    const edited = run(
      [
        { type: 'addRule', repositoryKey: key },
        { type: 'moveRule', repositoryKey: key, from: 1, to: 0 },
        { type: 'removeRule', repositoryKey: key, ruleKey },
      ],
      state,
    );
    const undone = run([{ type: 'undo' }, { type: 'undo' }, { type: 'undo' }], edited);
    expect(designOf(undone)).toEqual(seedDesign);
    const redone = run([{ type: 'redo' }, { type: 'redo' }, { type: 'redo' }], undone);
    expect(designOf(redone)).toEqual(designOf(edited));
  });

  it('marks a form edit as held by the form, as its edit would be recorded, until any other action', () => {
    const key = start().repositories[0]!.key;
    const form = (edit: DesignerAction): HistoryAction => ({ type: 'formEdit', edit });
    const typed = run([form(rename(key, 'a')), form(rename(key, 'ab'))]);
    const plain = run([rename(key, 'a'), rename(key, 'ab')]);
    expect(typed.heldByForm).toBe(true);
    expect(designOf(typed)).toEqual(designOf(plain));
    expect(typed.history.past).toHaveLength(plain.history.past.length);
    const after = historyReducer(typed, { type: 'checkpoint' });
    expect(after.heldByForm).toBeUndefined();
    expect(designOf(after)).toEqual(designOf(typed));
    const undone = historyReducer(typed, { type: 'undo' });
    expect(undone.heldByForm).toBeUndefined();
    expect(designOf(undone)).toEqual(seedDesign);
    const state = start();
    expect(
      historyReducer(state, form({ type: 'setInputError', fieldKey: 'x', message: undefined })),
    ).toBe(state);
  });

  it('makes one step of consecutive keystrokes in one field, until focus moves', () => {
    const key = start().repositories[0]!.key;
    const typed = run([rename(key, 'a'), rename(key, 'ab'), rename(key, 'abc')]);
    expect(typed.history.past).toHaveLength(1);
    const afterFocus = run([{ type: 'checkpoint' }, rename(key, 'abcd')], typed);
    expect(afterFocus.history.past).toHaveLength(2);
    expect(designOf(run([{ type: 'undo' }], afterFocus)).repositories[0]!.repositoryName).toBe(
      'abc',
    );
    expect(designOf(run([{ type: 'undo' }, { type: 'undo' }], afterFocus))).toEqual(seedDesign);
  });

  it('does not coalesce toggles', () => {
    const key = start().repositories[0]!.key;
    const toggle = (on: boolean): HistoryAction => ({
      type: 'updateRepository',
      key,
      patch: { emptyOnDelete: on || undefined },
    });
    expect(run([toggle(true), toggle(false)]).history.past).toHaveLength(2);
  });

  it('drops the input errors of exactly the fields whose values undo restored', () => {
    const state = start();
    const repository = state.repositories[0]!;
    const ruleKey = repository.rules[0]!.key;
    const withErrors = run(
      [
        { type: 'setInputError', fieldKey: `${repository.key}:repositoryName`, message: 'Typo.' },
        { type: 'setInputError', fieldKey: `${repository.key}:id`, message: 'Enter an id.' },
        { type: 'setInputError', fieldKey: `${ruleKey}:countNumber`, message: 'Whole number.' },
      ],
      state,
    );
    const edited = run([rename(repository.key, 'other')], withErrors);
    const undone = run([{ type: 'undo' }], edited);
    expect(undone.repositories[0]!.settings).toBe(repository.settings);
    expect(undone.repositories[0]!.rules[0]).toBe(repository.rules[0]);
    expect(undone.inputErrors).toEqual({
      [`${repository.key}:id`]: 'Enter an id.',
      [`${ruleKey}:countNumber`]: 'Whole number.',
    });
  });

  it('clears the redo stack on a new edit, and keeps at most historyLimit steps', () => {
    const key = start().repositories[0]!.key;
    const edits = Array.from({ length: historyLimit + 5 }, (_, i): HistoryAction[] => [
      { type: 'checkpoint' },
      rename(key, `name-${i}`),
    ]).flat();
    const state = run(edits);
    expect(state.history.past).toHaveLength(historyLimit);
    const branched = run([{ type: 'undo' }, rename(key, 'x')], state);
    expect(branched.history.future).toHaveLength(0);
  });

  it('retires the toast at the next edit, and selection alone is no step', () => {
    const state = start();
    const key = state.repositories[0]!.key;
    const ruleKey = state.repositories[0]!.rules[0]!.key;
    const deleted = run([{ type: 'removeRule', repositoryKey: key, ruleKey }], state);
    expect(deleted.toast).toBeDefined();
    expect(run([{ type: 'selectRepository', key }], deleted).history.past).toHaveLength(1);
    expect(run([rename(key, 'x')], deleted).toast).toBeUndefined();
  });

  it('undoes a replacement of the whole design into a new generation', () => {
    const state = start();
    const replaced = run(
      [{ type: 'replaceDesign', design: { version: 1, repositories: [] }, message: 'New' }],
      state,
    );
    const undone = run([{ type: 'undo' }], replaced);
    expect(designOf(undone)).toEqual(seedDesign);
    expect(undone.generation).toBeGreaterThan(replaced.generation);
    expect(undone.lineage).toBe(state.lineage);
  });
});
