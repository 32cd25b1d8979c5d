/**
 * Edits of the entities and of the repository fields that refer to them. Pure, composed into
 * the designer reducer; the history records these edits like any other.
 */
import type { GrantDesign } from '../../engine/index';
import type { DesignerState, RepositorySettings } from '../state/designerState';
import { uniqueName } from '../state/newEntries';
import { dependentsOf, renameRepositoryInGrants, rewriteReferences } from './entityReferences';
import { type EntityKind, type EntityValue, entityNoun } from './entityState';

/** Repository fields these sections edit; they live in the repository entry's settings. */
export type RepositoryEntityFields = Pick<
  RepositorySettings,
  'encryptionKey' | 'eventRules' | 'resourcePolicy'
>;

export type EntityAction =
  | { type: 'entities/add'; kind: EntityKind }
  /** `typing` names the text field typed into: consecutive keystrokes are one undo step. */
  | { type: 'entities/set'; kind: EntityKind; index: number; value: EntityValue; typing?: string }
  /** Removes the entity and every reference to it (the person consented); refused with a notice if that cannot be done. */
  | { type: 'entities/remove'; kind: EntityKind; index: number }
  | { type: 'entities/setGrants'; grants: GrantDesign[] }
  | {
      type: 'entities/setRepository';
      repositoryKey: string;
      patch: Partial<RepositoryEntityFields>;
      typing?: string;
    };

export function isEntityAction(action: { type: string }): action is EntityAction {
  return action.type.startsWith('entities/');
}

/** The undo coalescing key of a typed edit, or undefined for a step of its own. */
export function entityCoalesceKey(action: { type: string }): string | undefined {
  if (!isEntityAction(action)) return undefined;
  if (action.type === 'entities/set' && action.typing)
    return `entities:${action.kind}[${action.index}].${action.typing}`;
  if (action.type === 'entities/setRepository' && action.typing)
    return `${action.repositoryKey}:${action.typing}`;
  return undefined;
}

/** Construct ids in use: the stack's namespace that a new entity's id must not collide with. */
export function takenIds(state: Pick<DesignerState, 'entities' | 'repositories'>): string[] {
  const { keys, principals, topics, queues, functions } = state.entities;
  return [
    ...keys.map((k) => k.id),
    ...principals.map((p) => p.id),
    ...topics.map((t) => t.id),
    ...queues.map((q) => q.id),
    ...functions.map((f) => f.id),
    ...state.repositories.map((r) => r.settings.id),
  ];
}

function newEntity(kind: EntityKind, taken: string[]): EntityValue {
  switch (kind) {
    case 'keys':
      return { id: uniqueName('Key', taken) };
    case 'principals':
      return { type: 'User', id: uniqueName('User', taken) };
    case 'topics':
      return { id: uniqueName('Topic', taken) };
    case 'queues':
      return { id: uniqueName('Queue', taken) };
    case 'functions':
      return {
        id: uniqueName('Function', taken),
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:name',
      };
  }
}

function withList(state: DesignerState, kind: EntityKind, list: EntityValue[]): DesignerState {
  return { ...state, entities: { ...state.entities, [kind]: list } };
}

/** A rename carries the references along, unless the old or new id is shared (then it is ambiguous). */
function renamed(state: DesignerState, kind: EntityKind, from: string, to: string): DesignerState {
  const siblings: EntityValue[] = state.entities[kind];
  const ambiguous =
    siblings.filter((e) => e.id === from).length !== 1 || siblings.some((e) => e.id === to);
  if (ambiguous) return state;
  const { repositories, grants } = rewriteReferences(state, kind, from, to);
  return { ...state, repositories, entities: { ...state.entities, grants } };
}

function setEntity(
  state: DesignerState,
  kind: EntityKind,
  index: number,
  value: EntityValue,
): DesignerState {
  const list: EntityValue[] = state.entities[kind];
  const old = list[index];
  if (!old) return state;
  const moved = old.id !== value.id ? renamed(state, kind, old.id, value.id) : state;
  return withList(
    moved,
    kind,
    list.map((e, i) => (i === index ? value : e)),
  );
}

function removeEntity(state: DesignerState, kind: EntityKind, index: number): DesignerState {
  const list: EntityValue[] = state.entities[kind];
  const entity = list[index];
  if (!entity) return state;
  const noun = entityNoun[kind];
  const { refusal } = dependentsOf(state, kind, entity.id);
  if (refusal) {
    const id = (state.notice?.id ?? 0) + 1;
    return { ...state, notice: { id, text: `The ${noun} ${entity.id} was kept: ${refusal}` } };
  }
  const shared = list.filter((e) => e.id === entity.id).length > 1;
  const { repositories, grants } = shared
    ? { repositories: state.repositories, grants: state.entities.grants }
    : rewriteReferences(state, kind, entity.id, undefined);
  return {
    ...state,
    repositories,
    entities: { ...state.entities, grants, [kind]: list.filter((_, i) => i !== index) },
    toast: { id: (state.toast?.id ?? 0) + 1, message: `The ${noun} ${entity.id} was deleted` },
  };
}

export function entitiesReducer(state: DesignerState, action: EntityAction): DesignerState {
  switch (action.type) {
    case 'entities/add': {
      const list: EntityValue[] = state.entities[action.kind];
      return withList(state, action.kind, [...list, newEntity(action.kind, takenIds(state))]);
    }
    case 'entities/set':
      return setEntity(state, action.kind, action.index, action.value);
    case 'entities/remove':
      return removeEntity(state, action.kind, action.index);
    case 'entities/setGrants':
      return { ...state, entities: { ...state.entities, grants: action.grants } };
    case 'entities/setRepository':
      return {
        ...state,
        repositories: state.repositories.map((entry) => {
          if (entry.key !== action.repositoryKey) return entry;
          const settings = { ...entry.settings };
          for (const [field, value] of Object.entries(action.patch)) {
            if (value === undefined || (Array.isArray(value) && value.length === 0))
              delete settings[field as keyof RepositoryEntityFields];
            else (settings as Record<string, unknown>)[field] = value;
          }
          return { ...entry, settings };
        }),
      };
    default:
      return state;
  }
}

/** After a repository's id changed (`before` → `after`), grants on it follow the new id. */
export function followRepositoryRename(
  before: DesignerState,
  after: DesignerState,
  repositoryKey: string,
): DesignerState {
  const from = before.repositories.find((r) => r.key === repositoryKey)?.settings.id;
  const to = after.repositories.find((r) => r.key === repositoryKey)?.settings.id;
  if (from === undefined || to === undefined || from === to) return after;
  const ambiguous =
    before.repositories.filter((r) => r.settings.id === from).length !== 1 ||
    before.repositories.some((r) => r.settings.id === to);
  if (ambiguous) return after;
  const grants = renameRepositoryInGrants(after.entities.grants, from, to);
  return grants === after.entities.grants
    ? after
    : { ...after, entities: { ...after.entities, grants } };
}
