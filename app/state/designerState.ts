/**
 * The designer's one piece of state: the design, held with stable keys for React and
 * drag-and-drop, plus what the UI needs around it (selection, typing errors, undo).
 */
import {
  type Design,
  type LifecycleRuleDesign,
  lifecycleRuleSchema,
  type OutputDesign,
  type RepositoryDesign,
  repositorySchema,
} from '../../engine/index';
import { designEntities, type EntityState, entitiesOf } from '../entities/entityState';
import { type RegistryState, registryDesignOf, registryEntriesOf } from '../registry/registryState';
import { ordered } from './orderedFields';

export type RepositorySettings = Omit<RepositoryDesign, 'lifecycleRules'>;

export interface RuleEntry {
  key: string;
  rule: LifecycleRuleDesign;
}

export interface RepositoryEntry {
  key: string;
  settings: RepositorySettings;
  rules: RuleEntry[];
}

/** The design part of the state at one moment: what undo and redo go back and forth between. */
export interface DesignerSnapshot {
  stackName?: string;
  repositories: RepositoryEntry[];
  selectedKey?: string;
  /** Set anew when the whole design is replaced (new, open, example, import, link). */
  lineage: number;
  /** Keys, principals, event targets and grants (app/entities). */
  entities: EntityState;
  /** The stack's description and outputs, one object so that history compares it by identity. */
  stack: StackSettings;
  /** The registry part (app/registry): creation templates with their rule cards, and the rest. */
  registry: RegistryState;
}

/** The design's stack-wide fields besides its name. */
export interface StackSettings {
  stackDescription?: string;
  outputs?: OutputDesign[];
}

/** The stack settings a design holds (only those it sets). */
export function stackSettingsOf(design: Design): StackSettings {
  return {
    ...(design.stackDescription === undefined ? {} : { stackDescription: design.stackDescription }),
    ...(design.outputs === undefined ? {} : { outputs: design.outputs }),
  };
}

/** Undo and redo stacks; `coalesceKey` names the field the last recorded edit typed into. */
export interface DesignHistory {
  past: DesignerSnapshot[];
  future: DesignerSnapshot[];
  coalesceKey?: string;
}

export interface DesignerState extends DesignerSnapshot {
  /**
   * The last action was a form's edit of values its fields hold themselves (useDesignForm):
   * the typed text is on screen already, so the design pane may render it a moment later
   * (usePaneState).
   */
  heldByForm?: true;
  /** Changes when the design's lineage changes (new, open, undo past a replacement): old outputs no longer apply. */
  generation: number;
  nextKey: number;
  /** Text in a field that cannot be part of a design yet (e.g. "1.5" as a count), by field key. */
  inputErrors: Record<string, string>;
  history: DesignHistory;
  /** "Rule deleted · Undo": offered after a removal or a replacement, until the next edit. */
  toast?: { id: number; message: string };
  /** A short message for everyone, screen readers included (e.g. why a drop was refused). */
  notice?: { id: number; text: string };
}

/** Key of a field for input errors: its owner's key and the field name. */
export function fieldKey(ownerKey: string, field: string): string {
  return `${ownerKey}:${field}`;
}

/** The errors on fields of other owners than these (`errors` itself when none is theirs). */
export function withoutOwnerErrors(
  errors: Record<string, string>,
  ownerKeys: readonly string[],
): Record<string, string> {
  const prefixes = ownerKeys.map((k) => `${k}:`);
  const entries = Object.entries(errors).filter(([k]) => !prefixes.some((p) => k.startsWith(p)));
  return entries.length === Object.keys(errors).length ? errors : Object.fromEntries(entries);
}

/**
 * The errors on fields whose value an outside change (undo, redo, a drop) changed, dropped: those
 * fields now show the new value. `changed` holds each changed owner's object before and after;
 * an owner that is gone loses its errors, the fields of other owners keep theirs.
 */
export function withoutChangedFieldErrors(
  errors: Record<string, string>,
  changed: ReadonlyMap<string, { before: object; after: object | undefined }>,
): Record<string, string> {
  const kept = Object.entries(errors).filter(([key]) => {
    const at = key.indexOf(':');
    const change = changed.get(key.slice(0, at));
    if (!change) return true;
    const field = key.slice(at + 1);
    const value = (o: object | undefined) =>
      JSON.stringify((o as Record<string, unknown>)?.[field]);
    return change.after !== undefined && value(change.before) === value(change.after);
  });
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

/** How many of `errors` are on fields of `ownerKey`. */
export function ownerErrorCount(errors: Record<string, string>, ownerKey: string): number {
  const prefix = `${ownerKey}:`;
  return Object.keys(errors).filter((key) => key.startsWith(prefix)).length;
}

export function hasOwnerErrors(
  errors: Record<string, string>,
  ownerKeys: readonly string[],
): boolean {
  return withoutOwnerErrors(errors, ownerKeys) !== errors;
}

/** Reads a design into entries with fresh keys, starting from `nextKey`. */
export function entriesOf(
  design: Design,
  nextKey: number,
): { repositories: RepositoryEntry[]; nextKey: number } {
  let next = nextKey;
  const repositories = design.repositories.map((repository): RepositoryEntry => {
    const { lifecycleRules, ...settings } = repository;
    return {
      key: `k${next++}`,
      settings,
      rules: (lifecycleRules ?? []).map((rule) => ({ key: `k${next++}`, rule })),
    };
  });
  return { repositories, nextKey: next };
}

export function initialState(design: Design): DesignerState {
  const read = entriesOf(design, 1);
  const { repositories } = read;
  const { registry, nextKey } = registryEntriesOf(design, read.nextKey);
  return {
    generation: 0,
    lineage: 0,
    stackName: design.stackName,
    repositories,
    entities: entitiesOf(design),
    stack: stackSettingsOf(design),
    registry,
    selectedKey: repositories[0]?.key,
    nextKey,
    inputErrors: {},
    history: { past: [], future: [] },
  };
}

const designCache = new WeakMap<RepositoryEntry, RepositoryDesign>();

function repositoryDesignOf(entry: RepositoryEntry): RepositoryDesign {
  const cached = designCache.get(entry);
  if (cached) return cached;
  const lifecycleRules =
    entry.rules.length > 0
      ? entry.rules.map((r) => ordered(r.rule, lifecycleRuleSchema.fields))
      : undefined;
  const repository = ordered<RepositoryDesign>(
    { ...entry.settings, lifecycleRules },
    repositorySchema.fields,
  );
  designCache.set(entry, repository);
  return repository;
}

/** The design the state holds, as plain data for the engine. */
export function designOf(
  state: Pick<DesignerState, 'stackName' | 'repositories'> & {
    entities?: EntityState;
    stack?: StackSettings;
    registry?: RegistryState;
  },
): Design {
  const { before, after } = designEntities(state.entities);
  const { stackDescription, outputs } = state.stack ?? {};
  const registry = registryDesignOf(state.registry);
  return {
    version: 1,
    ...(state.stackName === undefined ? {} : { stackName: state.stackName }),
    ...(stackDescription === undefined ? {} : { stackDescription }),
    ...before,
    repositories: state.repositories.map(repositoryDesignOf),
    ...(registry === undefined ? {} : { registry }),
    ...after,
    ...(outputs === undefined || outputs.length === 0 ? {} : { outputs }),
  };
}

/** Applies a form's change: `undefined` removes the field, as an omitted field means CDK's default. */
export function patched<T extends object>(value: T, patch: Partial<T>): T {
  const next = { ...value };
  for (const [field, fieldValue] of Object.entries(patch) as [keyof T, T[keyof T]][]) {
    if (fieldValue === undefined) delete next[field];
    else next[field] = fieldValue;
  }
  return next;
}
