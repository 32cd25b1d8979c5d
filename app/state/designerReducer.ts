/** Every change to the design goes through this pure reducer (no side effects: StrictMode runs it twice). */
import {
  type Design,
  type LifecycleRuleDesign,
  reorderLifecycleRules,
  type SampleImage,
} from '../../engine/index';
import {
  type EntityAction,
  entitiesReducer,
  followRepositoryRename,
  isEntityAction,
} from '../entities/entitiesReducer';
import { entitiesOf } from '../entities/entityState';
import { withSampleImages } from '../preview/sampleImageState';
import {
  type DesignerState,
  entriesOf,
  patched,
  type RepositoryEntry,
  type RepositorySettings,
  type StackSettings,
  stackSettingsOf,
  withoutChangedFieldErrors,
  withoutOwnerErrors,
} from './designerState';
import { copiedRule, copiedSettings, insertionIndex, newRule, uniqueName } from './newEntries';

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
  | EntityAction;

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

function moveRule(
  state: DesignerState,
  repositoryKey: string,
  from: number,
  to: number,
): DesignerState {
  const entry = state.repositories.find((r) => r.key === repositoryKey);
  if (!entry) return state;
  const result = reorderLifecycleRules(
    entry.rules.map((r) => r.rule),
    { from, to },
  );
  if (result.blocked) {
    return {
      ...state,
      notice: notice(
        state,
        'The rule that selects any image must have the highest priority, so it stays last.',
      ),
    };
  }
  const rules = result.sourceIndexes.map((source, i) => {
    const old = entry.rules[source]!;
    const rule = result.rules[i]!;
    return rule === old.rule ? old : { ...old, rule };
  });
  const renumbered = new Map(
    rules.flatMap((r, i) => {
      const before = entry.rules[result.sourceIndexes[i]!]!;
      return r === before ? [] : [[r.key, { before: before.rule, after: r.rule }] as const];
    }),
  );
  const explained = [
    ...(result.to === to
      ? []
      : ['A rule cannot go below the rule that selects any image: that rule stays last.']),
    ...renumberedText(renumbered),
  ];
  return edited(state, {
    repositories: mapRepository(state, repositoryKey, (r) => ({ ...r, rules })),
    inputErrors: withoutChangedFieldErrors(state.inputErrors, renumbered),
    notice: explained.length > 0 ? notice(state, explained.join(' ')) : state.notice,
  });
}

/** "Priorities renumbered …: 10 → 1, 10 → 2": what a move did to explicit priorities, and why. */
function renumberedText(
  renumbered: ReadonlyMap<string, { before: LifecycleRuleDesign; after: LifecycleRuleDesign }>,
): string[] {
  const changes = [...renumbered.values()].map(
    ({ before, after }) =>
      `${before.rulePriority ?? 'automatic'} → ${after.rulePriority ?? 'automatic'}`,
  );
  return changes.length === 0
    ? []
    : [
        `Priorities renumbered so that ECR, which applies rules by priority, follows the cards’ order: ${changes.join(', ')}.`,
      ];
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

function removeRule(state: DesignerState, repositoryKey: string, ruleKey: string): DesignerState {
  const repository = state.repositories.find((r) => r.key === repositoryKey);
  const index = repository?.rules.findIndex((r) => r.key === ruleKey) ?? -1;
  const entry = repository?.rules[index];
  if (!entry) return state;
  return {
    ...state,
    repositories: mapRepository(state, repositoryKey, (r) => ({
      ...r,
      rules: r.rules.filter((rule) => rule.key !== ruleKey),
    })),
    inputErrors: withoutOwnerErrors(state.inputErrors, [ruleKey]),
    toast: toast(state, 'Lifecycle rule deleted'),
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
  const { repositories, nextKey } = entriesOf(design, state.nextKey);
  return {
    ...state,
    generation: state.generation + 1,
    // Keys are never reused, so a fresh key also names the new lineage uniquely.
    lineage: nextKey,
    stackName: design.stackName,
    repositories,
    entities: entitiesOf(design),
    stack: stackSettingsOf(design),
    selectedKey: repositories[0]?.key,
    nextKey: nextKey + 1,
    inputErrors: {},
    toast: toast(state, message),
  };
}

function ruleAction(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'addRule':
    case 'duplicateRule': {
      const repository = state.repositories.find((r) => r.key === action.repositoryKey);
      if (!repository) return state;
      const rules = repository.rules.map((r) => r.rule);
      const source =
        action.type === 'duplicateRule'
          ? repository.rules.find((r) => r.key === action.ruleKey)
          : undefined;
      const rule = source ? copiedRule(source.rule) : newRule(rules);
      const at = source ? repository.rules.indexOf(source) + 1 : insertionIndex(rules, rule);
      const entries = [...repository.rules];
      entries.splice(at, 0, { key: `k${state.nextKey}`, rule });
      return edited(state, {
        nextKey: state.nextKey + 1,
        repositories: mapRepository(state, repository.key, (r) => ({ ...r, rules: entries })),
      });
    }
    case 'updateRule':
      return edited(state, {
        repositories: mapRepository(state, action.repositoryKey, (r) => ({
          ...r,
          rules: r.rules.map((rule) =>
            rule.key === action.ruleKey
              ? { ...rule, rule: patched(rule.rule, action.patch) }
              : rule,
          ),
        })),
      });
    case 'removeRule':
      return removeRule(state, action.repositoryKey, action.ruleKey);
    case 'moveRule':
      return moveRule(state, action.repositoryKey, action.from, action.to);
    default:
      return state;
  }
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  if (isEntityAction(action)) return entitiesReducer(state, action);
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
      return edited(state, {
        repositories: mapRepository(state, action.repositoryKey, (r) =>
          withSampleImages(r, action.images),
        ),
        ...(action.message !== undefined && { toast: toast(state, action.message) }),
      });
    case 'setLifecycleRules':
      return setLifecycleRules(state, action.repositoryKey, action.rules, action.message);
    default:
      return ruleAction(state, action);
  }
}
