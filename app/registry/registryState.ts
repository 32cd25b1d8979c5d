/**
 * The design's registry part as the designer state holds it: the creation templates keyed like
 * repositories (their lifecycle rules are rule cards, app/rules), the other parts as plain
 * design data. The undo history snapshots it with the rest of the design.
 */
import {
  type CreationTemplateDesign,
  creationTemplateSchema,
  type Design,
  lifecycleRuleSchema,
  type RegistryDesign,
  registrySchema,
} from '../../engine/index';
import type { RuleEntry } from '../state/designerState';
import { ordered } from '../state/orderedFields';

export type TemplateSettings = Omit<CreationTemplateDesign, 'lifecycleRules'>;

/** A creation template: a rule owner like a repository entry (a key, its rules as cards). */
export interface TemplateEntry {
  key: string;
  settings: TemplateSettings;
  rules: RuleEntry[];
}

/** The registry's parts besides its creation templates. */
export type RegistryParts = Omit<RegistryDesign, 'creationTemplates'>;

export interface RegistryState {
  templates: TemplateEntry[];
  parts: RegistryParts;
}

export const noRegistry: RegistryState = { templates: [], parts: {} };

/**
 * The selection that shows the Registry section instead of a repository: no repository has
 * this key (theirs are k1, k2…).
 */
export const registryKey = 'registry';

/** Reads a design's registry into entries with fresh keys, starting from `nextKey`. */
export function registryEntriesOf(
  design: Design,
  nextKey: number,
): { registry: RegistryState; nextKey: number } {
  const { creationTemplates, ...parts } = design.registry ?? {};
  let next = nextKey;
  const templates = (creationTemplates ?? []).map((template): TemplateEntry => {
    const { lifecycleRules, ...settings } = template;
    return {
      key: `k${next++}`,
      settings,
      rules: (lifecycleRules ?? []).map((rule) => ({ key: `k${next++}`, rule })),
    };
  });
  return { registry: { templates, parts }, nextKey: next };
}

const templateCache = new WeakMap<TemplateEntry, CreationTemplateDesign>();

function templateDesignOf(entry: TemplateEntry): CreationTemplateDesign {
  const cached = templateCache.get(entry);
  if (cached) return cached;
  const lifecycleRules =
    entry.rules.length > 0
      ? entry.rules.map((r) => ordered(r.rule, lifecycleRuleSchema.fields))
      : undefined;
  const template = ordered<CreationTemplateDesign>(
    { ...entry.settings, lifecycleRules },
    creationTemplateSchema.fields,
  );
  templateCache.set(entry, template);
  return template;
}

/** The design's registry part, or undefined when it holds nothing (old designs stay as they were). */
export function registryDesignOf(state: RegistryState | undefined): RegistryDesign | undefined {
  if (!state) return undefined;
  const creationTemplates =
    state.templates.length > 0 ? state.templates.map(templateDesignOf) : undefined;
  const registry = ordered<RegistryDesign>(
    { ...state.parts, creationTemplates },
    registrySchema.fields,
  );
  return Object.keys(registry).length > 0 ? registry : undefined;
}
