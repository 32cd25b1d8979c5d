/**
 * Edits of the registry part: its creation templates (keyed entries, their rules go through the
 * rule actions, app/state/ruleReducer.ts) and its other parts, replaced whole. Pure, composed
 * into the designer reducer; the history records these edits like any other.
 */
import type { LifecycleRuleDesign } from '../../engine/index';
import type { DesignerState } from '../state/designerState';
import { withoutOwnerErrors } from '../state/designerState';
import type {
  RegistryParts,
  RegistryState,
  TemplateEntry,
  TemplateSettings,
} from './registryState';

export type RegistryAction =
  /** `typing` names the text field typed into: consecutive keystrokes are one undo step. */
  | { type: 'registry/set'; patch: Partial<RegistryParts>; typing?: string }
  /** A new or copied template (the section chooses its id and prefix), at `at` in the list. */
  | {
      type: 'registry/addTemplate';
      settings: TemplateSettings;
      rules: readonly LifecycleRuleDesign[];
      at: number;
    }
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

function withTemplates(state: DesignerState, templates: TemplateEntry[]): DesignerState {
  return { ...state, registry: { ...state.registry, templates } };
}

/** A template with fresh keys for it and its rules, put in at `at`. */
function addTemplate(
  state: DesignerState,
  settings: TemplateSettings,
  rules: readonly LifecycleRuleDesign[],
  at: number,
): DesignerState {
  let next = state.nextKey;
  const entry: TemplateEntry = {
    key: `k${next++}`,
    settings,
    rules: rules.map((rule) => ({ key: `k${next++}`, rule })),
  };
  const list = [...state.registry.templates];
  list.splice(at, 0, entry);
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
      return addTemplate(state, action.settings, action.rules, action.at);
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
