/**
 * Edits of the registry part: its creation templates (keyed entries, their rules go through the
 * rule actions, app/state/ruleReducer.ts) and its other parts, replaced whole. Pure, composed
 * into the designer reducer; the history records these edits like any other.
 */
import { takenIds } from '../entities/entitiesReducer';
import type { DesignerState } from '../state/designerState';
import { withoutOwnerErrors } from '../state/designerState';
import { uniqueName } from '../state/newEntries';
import type {
  RegistryParts,
  RegistryState,
  TemplateEntry,
  TemplateSettings,
} from './registryState';

export type RegistryAction =
  /** `typing` names the text field typed into: consecutive keystrokes are one undo step. */
  | { type: 'registry/set'; patch: Partial<RegistryParts>; typing?: string }
  | { type: 'registry/addTemplate' }
  | { type: 'registry/duplicateTemplate'; key: string }
  | { type: 'registry/removeTemplate'; key: string }
  | { type: 'registry/setTemplate'; key: string; settings: TemplateSettings; typing?: string };

export function isRegistryAction(action: { type: string }): action is RegistryAction {
  return action.type.startsWith('registry/');
}

/** The undo coalescing key of a typed edit, or undefined for a step of its own. */
export function registryCoalesceKey(action: { type: string }): string | undefined {
  if (!isRegistryAction(action)) return undefined;
  if (action.type === 'registry/set' && action.typing) return `registry:${action.typing}`;
  if (action.type === 'registry/setTemplate' && action.typing)
    return `${action.key}:${action.typing}`;
  return undefined;
}

/** Construct ids in use in the stack, the registry's included. */
export function registryTakenIds(state: DesignerState): string[] {
  const { templates, parts } = state.registry;
  return [
    ...takenIds(state),
    ...templates.map((t) => t.settings.id),
    ...(parts.pullThroughCacheRules ?? []).map((r) => r.id),
    ...(parts.pullTimeUpdateExclusions ?? []).map((e) => e.id),
  ];
}

function withTemplates(state: DesignerState, templates: TemplateEntry[]): DesignerState {
  return { ...state, registry: { ...state.registry, templates } };
}

/** A new template: ROOT first (every repository no other template matches), then a prefix. */
function newTemplate(state: DesignerState): TemplateSettings {
  const prefixes = state.registry.templates.map((t) => t.settings.prefix);
  return {
    id: uniqueName('CreationTemplate', registryTakenIds(state)),
    prefix: prefixes.includes('ROOT') ? uniqueName('team', prefixes, '-') : 'ROOT',
    appliedFor: ['PULL_THROUGH_CACHE'],
  };
}

function addTemplate(state: DesignerState, sourceKey?: string): DesignerState {
  const templates = state.registry.templates;
  const at = templates.findIndex((t) => t.key === sourceKey);
  const source = templates[at];
  let next = state.nextKey;
  const prefixes = templates.map((t) => t.settings.prefix);
  const settings = source
    ? {
        ...source.settings,
        id: uniqueName(`${source.settings.id}Copy`, registryTakenIds(state)),
        prefix: uniqueName(`${source.settings.prefix}-copy`, prefixes, '-'),
      }
    : newTemplate(state);
  const entry: TemplateEntry = {
    key: `k${next++}`,
    settings,
    rules: (source?.rules ?? []).map((r) => ({ key: `k${next++}`, rule: r.rule })),
  };
  const list = [...templates];
  list.splice(source ? at + 1 : list.length, 0, entry);
  return { ...withTemplates(state, list), nextKey: next };
}

function removeTemplate(state: DesignerState, key: string): DesignerState {
  const entry = state.registry.templates.find((t) => t.key === key);
  if (!entry) return state;
  return {
    ...withTemplates(
      state,
      state.registry.templates.filter((t) => t.key !== key),
    ),
    inputErrors: withoutOwnerErrors(state.inputErrors, [key, ...entry.rules.map((r) => r.key)]),
    toast: {
      id: (state.toast?.id ?? 0) + 1,
      message: `Creation template ${entry.settings.id} removed`,
    },
  };
}

/** The parts with `patch` applied: undefined or an empty list removes a part. */
function patchedParts(parts: RegistryParts, patch: Partial<RegistryParts>): RegistryParts {
  const next: Record<string, unknown> = { ...parts };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[field];
    else next[field] = value;
  }
  return next as RegistryParts;
}

export function registryReducer(state: DesignerState, action: RegistryAction): DesignerState {
  const registry: RegistryState = state.registry;
  switch (action.type) {
    case 'registry/set':
      return {
        ...state,
        registry: { ...registry, parts: patchedParts(registry.parts, action.patch) },
      };
    case 'registry/addTemplate':
      return addTemplate(state);
    case 'registry/duplicateTemplate':
      return addTemplate(state, action.key);
    case 'registry/removeTemplate':
      return removeTemplate(state, action.key);
    case 'registry/setTemplate':
      return withTemplates(
        state,
        registry.templates.map((t) =>
          t.key === action.key ? { ...t, settings: action.settings } : t,
        ),
      );
  }
}
