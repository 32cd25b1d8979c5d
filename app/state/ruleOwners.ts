/**
 * What owns lifecycle rule cards: a repository, or a creation template of the registry. The
 * rule actions (ruleReducer.ts) name their owner by key and find it in either list.
 */
import type { DesignerState, RuleEntry } from './designerState';

export interface RuleOwner {
  key: string;
  rules: RuleEntry[];
}

export function findRuleOwner(state: DesignerState, key: string): RuleOwner | undefined {
  return (
    state.repositories.find((r) => r.key === key) ??
    state.registry.templates.find((t) => t.key === key)
  );
}

/** The state's lists with the owner `key` changed (its rules replaced). */
export function withRuleOwner(
  state: DesignerState,
  key: string,
  change: (owner: RuleOwner) => RuleEntry[],
): Pick<DesignerState, 'repositories' | 'registry'> {
  const { repositories, registry } = state;
  if (repositories.some((r) => r.key === key))
    return {
      repositories: repositories.map((r) => (r.key === key ? { ...r, rules: change(r) } : r)),
      registry,
    };
  return {
    repositories,
    registry: {
      ...registry,
      templates: registry.templates.map((t) => (t.key === key ? { ...t, rules: change(t) } : t)),
    },
  };
}
