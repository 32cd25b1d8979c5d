/**
 * Undo and redo over every edit of the design: the reducer the app uses wraps the design
 * reducer and keeps snapshots of the design part of the state (entries are immutable, so a
 * snapshot shares everything that did not change). Pure, like the design reducer.
 */
import type { SampleImage } from '../../engine/index';
import { entityCoalesceKey } from '../entities/entitiesReducer';
import { withSampleImages } from '../preview/sampleImageState';
import { registryCoalesceKey } from '../registry/registryReducer';
import { registryKey } from '../registry/registryState';
import { type DesignerAction, designerReducer } from './designerReducer';
import {
  type DesignerSnapshot,
  type DesignerState,
  withoutChangedFieldErrors,
} from './designerState';

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
  | { type: 'dismissToast' }
  /** `edit` comes from a form whose fields hold the values it sets (useDesignForm). */
  | { type: 'formEdit'; edit: DesignerAction };

function snapshotOf(state: DesignerState): DesignerSnapshot {
  const { stackName, repositories, selectedKey, lineage, entities, stack, registry } = state;
  return { stackName, repositories, selectedKey, lineage, entities, stack, registry };
}

const designChanged = (a: DesignerState, b: DesignerState) =>
  a.stackName !== b.stackName ||
  a.repositories !== b.repositories ||
  a.entities !== b.entities ||
  a.stack !== b.stack ||
  a.registry !== b.registry ||
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
    case 'setStack':
      return action.typing && `stack:${action.typing}`;
    case 'updateRepository':
      return typed(action.key, action.patch);
    case 'updateRule':
      return typed(action.ruleKey, action.patch);
    default:
      return entityCoalesceKey(action) ?? registryCoalesceKey(action);
  }
}

/** The repositories and creation templates of a snapshot: the owners of settings and rules. */
const ownersOf = (snapshot: DesignerSnapshot) => [
  ...snapshot.repositories,
  ...snapshot.registry.templates,
];

/** The objects of the repositories, templates and rules on screen, by key, before and in `snapshot`. */
function changedEntries(state: DesignerState, snapshot: DesignerSnapshot) {
  const restored = new Map<string, object>();
  for (const entry of ownersOf(snapshot)) {
    restored.set(entry.key, entry.settings);
    for (const rule of entry.rules) restored.set(rule.key, rule.rule);
  }
  const changed = new Map<string, { before: object; after: object | undefined }>();
  const add = (key: string, before: object) => {
    const after = restored.get(key);
    if (after !== before) changed.set(key, { before, after });
  };
  for (const entry of ownersOf(state)) {
    add(entry.key, entry.settings);
    for (const rule of entry.rules) add(rule.key, rule.rule);
  }
  return changed;
}

/** Puts a snapshot back; its forms follow the values that change (useDesignForm). */
function restore(state: DesignerState, snapshot: DesignerSnapshot): DesignerState {
  const inputErrors = withoutChangedFieldErrors(state.inputErrors, changedEntries(state, snapshot));
  const selectedKey =
    snapshot.selectedKey === registryKey ||
    snapshot.repositories.some((r) => r.key === snapshot.selectedKey)
      ? snapshot.selectedKey
      : snapshot.repositories[0]?.key;
  return {
    ...state,
    stackName: snapshot.stackName,
    repositories: snapshot.repositories,
    entities: snapshot.entities,
    stack: snapshot.stack,
    registry: snapshot.registry,
    selectedKey,
    lineage: snapshot.lineage,
    generation: snapshot.lineage === state.lineage ? state.generation : state.generation + 1,
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
  if (action.type === 'formEdit') {
    const next = reduce(state, action.edit);
    return next === state || next.heldByForm ? next : { ...next, heldByForm: true };
  }
  const next = reduce(state, action);
  if (!next.heldByForm) return next;
  const { heldByForm: _, ...rest } = next;
  return rest;
}

function reduce(
  state: DesignerState,
  action: Exclude<HistoryAction, { type: 'formEdit' }>,
): DesignerState {
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
