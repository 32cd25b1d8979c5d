/**
 * Undo and redo over every edit of the design: the reducer the app uses wraps the design
 * reducer and keeps snapshots of the design part of the state (entries are immutable, so a
 * snapshot shares everything that did not change). Pure, like the design reducer.
 */
import type { SampleImage } from '../../engine/index';
import { entityCoalesceKey } from '../entities/entitiesReducer';
import { withSampleImages } from '../preview/sampleImageState';
import { type DesignerAction, designerReducer } from './designerReducer';
import type { DesignerSnapshot, DesignerState, RepositoryEntry, RuleEntry } from './designerState';

/** Enough for a long session; each step costs only the entries it changed. */
export const historyLimit = 200;

export type HistoryAction =
  | DesignerAction
  | { type: 'undo' }
  | { type: 'redo' }
  /** Focus moved to another control: the next keystroke starts a new undo step. */
  | { type: 'checkpoint' }
  /**
   * The images of the design on screen, read back from the browser's storage after startup
   * (by repository id): part of the state it opened with, so not an undo step.
   */
  | { type: 'restoreSampleImages'; byRepository: ReadonlyMap<string, readonly SampleImage[]> }
  | { type: 'dismissToast' };

function snapshotOf(state: DesignerState): DesignerSnapshot {
  const { stackName, repositories, selectedKey, lineage, entities } = state;
  return { stackName, repositories, selectedKey, lineage, entities };
}

const designChanged = (a: DesignerState, b: DesignerState) =>
  a.stackName !== b.stackName ||
  a.repositories !== b.repositories ||
  a.entities !== b.entities ||
  a.lineage !== b.lineage;

/**
 * Consecutive edits of one field by typing (text, numbers, selects, tag rows) are one undo
 * step; toggles, chip lists and structural edits are a step each.
 */
function coalesceKeyOf(action: HistoryAction): string | undefined {
  const typed = (owner: string, patch: object) => {
    const entries = Object.entries(patch);
    if (entries.length !== 1) return undefined;
    const [field, value] = entries[0]!;
    return typeof value === 'boolean' || Array.isArray(value) ? undefined : `${owner}:${field}`;
  };
  switch (action.type) {
    case 'setStackName':
      return 'stackName';
    case 'updateRepository':
      return typed(action.key, action.patch);
    case 'updateRule':
      return typed(action.ruleKey, action.patch);
    default:
      return entityCoalesceKey(action);
  }
}

/** A restored entry whose content differs from the one on screen gets a new `rev`, so its form re-reads it. */
function revived<T extends { key: string; rev: number }>(
  entry: T,
  current: T | undefined,
  same: (a: T, b: T) => boolean,
  remounted: Set<string>,
): T {
  if (!current || same(entry, current)) return entry;
  remounted.add(entry.key);
  return { ...entry, rev: Math.max(entry.rev, current.rev) + 1 };
}

function restore(state: DesignerState, snapshot: DesignerSnapshot): DesignerState {
  const currentRepositories = new Map(state.repositories.map((r) => [r.key, r]));
  const remounted = new Set<string>();
  const owners = new Set<string>();
  const repositories = snapshot.repositories.map((entry): RepositoryEntry => {
    const current = currentRepositories.get(entry.key);
    const currentRules = new Map(current?.rules.map((r) => [r.key, r]));
    owners.add(entry.key);
    const rules = entry.rules.map((rule) => {
      owners.add(rule.key);
      return revived<RuleEntry>(
        rule,
        currentRules.get(rule.key),
        (a, b) => a.rule === b.rule,
        remounted,
      );
    });
    const repository = revived(entry, current, (a, b) => a.settings === b.settings, remounted);
    return rules.every((r, i) => r === entry.rules[i]) ? repository : { ...repository, rules };
  });
  const inputErrors = Object.fromEntries(
    Object.entries(state.inputErrors).filter(([fieldKey]) => {
      const owner = fieldKey.slice(0, fieldKey.indexOf(':'));
      return owners.has(owner) && !remounted.has(owner);
    }),
  );
  const selectedKey = repositories.some((r) => r.key === snapshot.selectedKey)
    ? snapshot.selectedKey
    : repositories[0]?.key;
  return {
    ...state,
    stackName: snapshot.stackName,
    repositories,
    entities: snapshot.entities,
    selectedKey,
    lineage: snapshot.lineage,
    generation: snapshot.lineage === state.lineage ? state.generation : state.generation + 1,
    stackRev: snapshot.stackName === state.stackName ? state.stackRev : state.stackRev + 1,
    inputErrors,
    toast: undefined,
  };
}

function undo(state: DesignerState): DesignerState {
  const { past, future } = state.history;
  const previous = past.at(-1);
  if (!previous) return state;
  return {
    ...restore(state, previous),
    history: { past: past.slice(0, -1), future: [...future, snapshotOf(state)] },
  };
}

function redo(state: DesignerState): DesignerState {
  const { past, future } = state.history;
  const next = future.at(-1);
  if (!next) return state;
  return {
    ...restore(state, next),
    history: { past: [...past, snapshotOf(state)], future: future.slice(0, -1) },
  };
}

/** Records `before` as an undo step for the edit that led to `after`, unless it continues the last step. */
function recorded(before: DesignerState, after: DesignerState, action: HistoryAction) {
  const coalesceKey = coalesceKeyOf(action);
  const { past } = before.history;
  const continues = coalesceKey !== undefined && coalesceKey === before.history.coalesceKey;
  const kept = continues ? past : [...past, snapshotOf(before)].slice(-historyLimit);
  // The toast offers to undo the edit that showed it; after any other edit it would undo that one instead.
  const toast = after.toast !== before.toast ? after.toast : undefined;
  return { ...after, toast, history: { past: kept, future: [], coalesceKey } };
}

/** The app's reducer: design edits, recorded for undo and redo. */
export function historyReducer(state: DesignerState, action: HistoryAction): DesignerState {
  switch (action.type) {
    case 'undo':
      return undo(state);
    case 'redo':
      return redo(state);
    case 'checkpoint':
      return state.history.coalesceKey === undefined
        ? state
        : { ...state, history: { ...state.history, coalesceKey: undefined } };
    case 'dismissToast':
      return state.toast ? { ...state, toast: undefined } : state;
    case 'restoreSampleImages': {
      const repositories = state.repositories.map((entry) => {
        const images = action.byRepository.get(entry.settings.id);
        return images && !entry.settings.sampleImages ? withSampleImages(entry, images) : entry;
      });
      return { ...state, repositories };
    }
    default: {
      const next = designerReducer(state, action);
      return designChanged(state, next) ? recorded(state, next, action) : next;
    }
  }
}
