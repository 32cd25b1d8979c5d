/**
 * The edits of lifecycle rule cards, for any rule owner (a repository or a creation template,
 * ruleOwners.ts): add, duplicate, update, remove, move. Pure, composed into designerReducer.
 */
import { type LifecycleRuleDesign, reorderLifecycleRules } from '../../engine/index';
import type { DesignerAction } from './designerReducer';
import {
  type DesignerState,
  patched,
  withoutChangedFieldErrors,
  withoutOwnerErrors,
} from './designerState';
import { copiedRule, insertionIndex, newRule } from './newEntries';
import { findRuleOwner, withRuleOwner } from './ruleOwners';

function notice(state: DesignerState, text: string): DesignerState['notice'] {
  return { id: (state.notice?.id ?? 0) + 1, text };
}

function moveRule(state: DesignerState, ownerKey: string, from: number, to: number) {
  const entry = findRuleOwner(state, ownerKey);
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
  return {
    ...state,
    ...withRuleOwner(state, ownerKey, () => rules),
    inputErrors: withoutChangedFieldErrors(state.inputErrors, renumbered),
    notice: explained.length > 0 ? notice(state, explained.join(' ')) : state.notice,
  };
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

function removeRule(state: DesignerState, ownerKey: string, ruleKey: string): DesignerState {
  const owner = findRuleOwner(state, ownerKey);
  if (!owner?.rules.some((r) => r.key === ruleKey)) return state;
  return {
    ...state,
    ...withRuleOwner(state, ownerKey, (o) => o.rules.filter((rule) => rule.key !== ruleKey)),
    inputErrors: withoutOwnerErrors(state.inputErrors, [ruleKey]),
    toast: { id: (state.toast?.id ?? 0) + 1, message: 'Lifecycle rule deleted' },
  };
}

function addRule(state: DesignerState, ownerKey: string, sourceKey?: string): DesignerState {
  const owner = findRuleOwner(state, ownerKey);
  if (!owner) return state;
  const rules = owner.rules.map((r) => r.rule);
  const source = sourceKey === undefined ? undefined : owner.rules.find((r) => r.key === sourceKey);
  const rule = source ? copiedRule(source.rule) : newRule(rules);
  const at = source ? owner.rules.indexOf(source) + 1 : insertionIndex(rules, rule);
  const entries = [...owner.rules];
  entries.splice(at, 0, { key: `k${state.nextKey}`, rule });
  return { ...state, nextKey: state.nextKey + 1, ...withRuleOwner(state, ownerKey, () => entries) };
}

/** The rule actions (`repositoryKey` names the owner, a repository's or a template's key). */
export function ruleAction(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'addRule':
      return addRule(state, action.repositoryKey);
    case 'duplicateRule':
      return addRule(state, action.repositoryKey, action.ruleKey);
    case 'updateRule':
      return {
        ...state,
        ...withRuleOwner(state, action.repositoryKey, (o) =>
          o.rules.map((rule) =>
            rule.key === action.ruleKey
              ? { ...rule, rule: patched(rule.rule, action.patch) }
              : rule,
          ),
        ),
      };
    case 'removeRule':
      return removeRule(state, action.repositoryKey, action.ruleKey);
    case 'moveRule':
      return moveRule(state, action.repositoryKey, action.from, action.to);
    default:
      return state;
  }
}
