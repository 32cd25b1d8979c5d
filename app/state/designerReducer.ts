/** Every change to the design goes through this pure reducer (no side effects: StrictMode runs it twice). */
import type { Design, LifecycleRuleDesign, SampleImage } from '../../engine/index';
import {
  type EntityAction,
  entitiesReducer,
  followRepositoryRename,
  isEntityAction,
} from '../entities/entitiesReducer';
import { entitiesOf } from '../entities/entityState';
import { withSampleImages, withTemplateImages } from '../preview/sampleImageState';
import {
  isRegistryAction,
  type RegistryAction,
  registryReducer,
} from '../registry/registryReducer';
import { registryEntriesOf } from '../registry/registryState';
import {
  type DesignerState,
  entriesOf,
  patched,
  type RepositoryEntry,
  type RepositorySettings,
  type StackSettings,
  stackSettingsOf,
  withoutOwnerErrors,
} from './designerState';
import { copiedSettings, uniqueName } from './newEntries';
import { ruleAction } from './ruleReducer';

export type DesignerAction =
  | { type: 'replaceDesign'; design: Design; message: string }
  | { type: 'setStackName'; stackName: string | undefined }
  /** `typing` names the field typed into: consecutive keystrokes are one undo step. */
  | { type: 'setStack'; stack: StackSettings; typing?: string }
  | { type: 'selectRepository'; key: string }
  | { type: 'addRepository' }
  | { type: 'duplicateRepository'; key: string }
  | { type: 'removeRepository'; key: string }
  | { type: 'updateRepository'; key: string; patch: Partial<RepositorySettings> }
  | { type: 'addRule'; repositoryKey: string }
  | { type: 'duplicateRule'; repositoryKey: string; ruleKey: string }
  | { type: 'removeRule'; repositoryKey: string; ruleKey: string }
  | {
      type: 'updateRule';
      repositoryKey: string;
      ruleKey: string;
      patch: Partial<LifecycleRuleDesign>;
    }
  | { type: 'moveRule'; repositoryKey: string; from: number; to: number }
  | { type: 'setInputError'; fieldKey: string; message: string | undefined }
  | { type: 'notify'; text: string }
  /** `message`: a toast that offers to undo it (images read from a file, not one edited). */
  | {
      type: 'setSampleImages';
      repositoryKey: string;
      images: readonly SampleImage[];
      message?: string;
    }
  /** The repository's rules replaced at once (the preview's protection of images in use). */
  | {
      type: 'setLifecycleRules';
      repositoryKey: string;
      rules: readonly LifecycleRuleDesign[];
      message: string;
    }
  | EntityAction
  | RegistryAction;

function mapRepository(
  state: DesignerState,
  key: string,
  change: (entry: RepositoryEntry) => RepositoryEntry,
): RepositoryEntry[] {
  return state.repositories.map((entry) => (entry.key === key ? change(entry) : entry));
}

/** An edit; the history (history.ts) records it and retires the last undo toast. */
function edited(state: DesignerState, next: Partial<DesignerState>): DesignerState {
  return { ...state, ...next };
}

function toast(state: DesignerState, message: string): DesignerState['toast'] {
  return { id: (state.toast?.id ?? 0) + 1, message };
}

function notice(state: DesignerState, text: string): DesignerState['notice'] {
  return { id: (state.notice?.id ?? 0) + 1, text };
}

function addRepository(
  state: DesignerState,
  settings: RepositorySettings,
  rules: LifecycleRuleDesign[],
  at: number,
): DesignerState {
  let next = state.nextKey;
  const entry: RepositoryEntry = {
    key: `k${next++}`,
    settings,
    rules: rules.map((rule) => ({ key: `k${next++}`, rule })),
  };
  const repositories = [...state.repositories];
  repositories.splice(at, 0, entry);
  return edited(state, { repositories, nextKey: next, selectedKey: entry.key });
}

function removeRepository(state: DesignerState, key: string): DesignerState {
  const index = state.repositories.findIndex((r) => r.key === key);
  const entry = state.repositories[index];
  if (!entry) return state;
  const repositories = state.repositories.filter((r) => r.key !== key);
  const neighbour = repositories[Math.min(index, repositories.length - 1)];
  return {
    ...state,
    repositories,
    selectedKey: state.selectedKey === key ? neighbour?.key : state.selectedKey,
    inputErrors: withoutOwnerErrors(state.inputErrors, [key, ...entry.rules.map((r) => r.key)]),
    toast: toast(state, `Repository ${entry.settings.id} removed`),
  };
}

/** New entries for every rule (their forms mount afresh), errors of the old ones dropped. */
function setLifecycleRules(
  state: DesignerState,
  repositoryKey: string,
  rules: readonly LifecycleRuleDesign[],
  message: string,
): DesignerState {
  const entry = state.repositories.find((r) => r.key === repositoryKey);
  if (!entry) return state;
  let next = state.nextKey;
  const entries = rules.map((rule) => ({ key: `k${next++}`, rule }));
  return {
    ...state,
    repositories: mapRepository(state, repositoryKey, (r) => ({ ...r, rules: entries })),
    nextKey: next,
    inputErrors: withoutOwnerErrors(
      state.inputErrors,
      entry.rules.map((r) => r.key),
    ),
    toast: toast(state, message),
  };
}

function replaceDesign(state: DesignerState, design: Design, message: string): DesignerState {
  const read = entriesOf(design, state.nextKey);
  const { repositories } = read;
  const { registry, nextKey } = registryEntriesOf(design, read.nextKey);
  return {
    ...state,
    generation: state.generation + 1,
    // Keys are never reused, so a fresh key also names the new lineage uniquely.
    lineage: nextKey,
    stackName: design.stackName,
    repositories,
    entities: entitiesOf(design),
    stack: stackSettingsOf(design),
    registry,
    selectedKey: repositories[0]?.key,
    nextKey: nextKey + 1,
    inputErrors: {},
    toast: toast(state, message),
  };
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  if (isEntityAction(action)) return entitiesReducer(state, action);
  if (isRegistryAction(action)) return registryReducer(state, action);
  switch (action.type) {
    case 'replaceDesign':
      return replaceDesign(state, action.design, action.message);
    case 'setStackName':
      return edited(state, { stackName: action.stackName });
    case 'setStack':
      return edited(state, { stack: action.stack });
    case 'selectRepository':
      return { ...state, selectedKey: action.key };
    case 'addRepository': {
      const ids = state.repositories.map((r) => r.settings.id);
      return addRepository(
        state,
        { id: uniqueName('Repository', ids) },
        [],
        state.repositories.length,
      );
    }
    case 'duplicateRepository': {
      const index = state.repositories.findIndex((r) => r.key === action.key);
      const source = state.repositories[index];
      if (!source) return state;
      const ids = state.repositories.map((r) => r.settings.id);
      const names = state.repositories.flatMap((r) => r.settings.repositoryName ?? []);
      const settings = copiedSettings(source.settings, ids, names);
      return addRepository(
        state,
        settings,
        source.rules.map((r) => r.rule),
        index + 1,
      );
    }
    case 'removeRepository':
      return removeRepository(state, action.key);
    case 'updateRepository':
      return followRepositoryRename(
        state,
        edited(state, {
          repositories: mapRepository(state, action.key, (r) => ({
            ...r,
            settings: patched(r.settings, action.patch),
          })),
        }),
        action.key,
      );
    case 'setInputError': {
      const { [action.fieldKey]: _old, ...rest } = state.inputErrors;
      if (action.message === undefined)
        return _old === undefined ? state : { ...state, inputErrors: rest };
      if (_old === action.message) return state;
      return { ...state, inputErrors: { ...rest, [action.fieldKey]: action.message } };
    }
    case 'notify':
      return { ...state, notice: notice(state, action.text) };
    case 'setSampleImages':
      // The key is a repository's or a creation template's (the preview of one it creates).
      return edited(state, {
        ...(state.repositories.some((r) => r.key === action.repositoryKey)
          ? {
              repositories: mapRepository(state, action.repositoryKey, (r) =>
                withSampleImages(r, action.images),
              ),
            }
          : { registry: withTemplateImages(state.registry, action.repositoryKey, action.images) }),
        ...(action.message !== undefined && { toast: toast(state, action.message) }),
      });
    case 'setLifecycleRules':
      return setLifecycleRules(state, action.repositoryKey, action.rules, action.message);
    default:
      return ruleAction(state, action);
  }
}
