/**
 * Drag-and-drop of lifecycle rules: the cards show ECR's evaluation order, and a move
 * rewrites the rules (order and rulePriority) so that ECR's order is the order of the cards.
 */
import { effectiveTagStatus } from '../cdk/lifecycleRules';
import type { LifecycleRuleDesign } from '../design/designSchema';

/** A move of one card from one position to another, both indexes in card (evaluation) order. */
export interface RuleMove {
  from: number;
  to: number;
}

export interface ReorderResult {
  /** The rules in their new design order, which is also their new evaluation order. */
  rules: LifecycleRuleDesign[];
  /** `sourceIndexes[i]` is the design index, in the input, of `rules[i]`. */
  sourceIndexes: number[];
  /** The card index where the moved rule ended up (a rule cannot pass the ANY rule). */
  to: number;
  /** Set when the move was refused: the rule that selects any image must stay last. */
  blocked?: 'any-rule-last';
}

function isAnyRule(rule: LifecycleRuleDesign): boolean {
  return effectiveTagStatus(rule) === 'ANY';
}

/** CDK's placement groups: explicit priorities first, then automatic ones, then the ANY rule. */
function placementGroup(rule: LifecycleRuleDesign): number {
  if (isAnyRule(rule)) return 2;
  return rule.rulePriority === undefined ? 1 : 0;
}

/**
 * The design indexes of the rules in card order, which is ECR's evaluation order
 * (ascending rulePriority, ties in CDK's policy order) whenever CDK accepts the rules.
 * Rules CDK rejects keep the place CDK's ordering would give them, so cards do not jump
 * while a person types through an invalid state.
 */
export function lifecycleRuleCardOrder(rules: readonly LifecycleRuleDesign[]): number[] {
  const keyed = rules.map((rule, index) => ({
    index,
    group: placementGroup(rule),
    priority: rule.rulePriority ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.group - b.group || (a.group === 0 ? a.priority - b.priority : 0) || a.index - b.index,
  );
  return keyed.map((k) => k.index);
}

function unchanged(rules: readonly LifecycleRuleDesign[], to: number): ReorderResult {
  return { rules: [...rules], sourceIndexes: rules.map((_, i) => i), to };
}

function withPriority(
  rule: LifecycleRuleDesign,
  priority: number | undefined,
): LifecycleRuleDesign {
  if (rule.rulePriority === priority) return rule;
  const copy = { ...rule };
  if (priority === undefined) delete copy.rulePriority;
  else copy.rulePriority = priority;
  return copy;
}

/**
 * Explicit rules must come before automatic ones (CDK numbers automatic rules after the
 * largest explicit priority), so every rule up to the last explicit one becomes explicit.
 * The priorities people chose are kept as a set when there are exactly enough of them;
 * otherwise the explicit block is renumbered from 1.
 */
function renumberExplicitBlock(rules: LifecycleRuleDesign[]): number {
  let last = -1;
  rules.forEach((rule, index) => {
    if (rule.rulePriority !== undefined) last = index;
  });
  if (last < 0) return 0;
  const block = rules.slice(0, last + 1);
  const chosen = [
    ...new Set(block.flatMap((r) => (r.rulePriority === undefined ? [] : [r.rulePriority]))),
  ].sort((a, b) => a - b);
  const numbers = chosen.length === block.length ? chosen : block.map((_, i) => i + 1);
  block.forEach((rule, index) => {
    rules[index] = withPriority(rule, numbers[index]);
  });
  return numbers[numbers.length - 1]!;
}

/** The card positions a card can be dropped at, from `first` to `last`. */
export interface RuleDropRange {
  first: number;
  last: number;
}

/**
 * Where the card at `from` (card order) can go, or undefined when it cannot move: the rule that
 * selects any image stays last (CDK puts it after the others) and no other rule goes below it.
 * A move to a place outside the range lands on the nearest place in it; the designer's drag
 * preview shows only these places, so that it never shows an order the move would not give.
 */
export function lifecycleRuleDropRange(
  rules: readonly LifecycleRuleDesign[],
  from: number,
): RuleDropRange | undefined {
  const cards = lifecycleRuleCardOrder(rules);
  const moved = rules[cards[from] ?? -1];
  if (!moved || isAnyRule(moved)) return undefined;
  const anyStart = cards.findIndex((index) => isAnyRule(rules[index]!));
  return { first: 0, last: (anyStart < 0 ? cards.length : anyStart) - 1 };
}

/** Where a move to card position `to` lands: `to` itself inside the range, else its nearest end. */
export function ruleDropPlace(range: RuleDropRange, to: number): number {
  return Math.min(Math.max(to, range.first), range.last);
}

/**
 * Moves one card and returns the rules rewritten so that the design order, the card order
 * and ECR's evaluation order are the same. An explicit rule dropped below automatic ones
 * loses its priority; an automatic rule dropped among explicit ones gets one; an explicit
 * priority on the ANY rule is raised above the others or cleared, as CDK requires.
 */
export function reorderLifecycleRules(
  rules: readonly LifecycleRuleDesign[],
  move: RuleMove,
): ReorderResult {
  const cards = lifecycleRuleCardOrder(rules);
  const { from } = move;
  if (from < 0 || from >= cards.length || move.to < 0 || move.to >= cards.length) {
    return unchanged(rules, from);
  }
  const range = lifecycleRuleDropRange(rules, from);
  if (!range) {
    return move.to === from
      ? unchanged(rules, from)
      : { ...unchanged(rules, from), blocked: 'any-rule-last' };
  }
  const lastPlace = range.last;
  const to = ruleDropPlace(range, move.to);
  if (to === from) return unchanged(rules, from);

  const moved = rules[cards[from]!]!;
  const order = [...cards];
  order.splice(from, 1);
  order.splice(to, 0, cards[from]!);
  const placed = order.map((index) => rules[index]!);
  const others = placed.slice(0, lastPlace + 1);
  const anyRules = placed.slice(lastPlace + 1);
  if (
    moved.rulePriority !== undefined &&
    others.slice(0, to).some((r) => r.rulePriority === undefined)
  ) {
    others[to] = withPriority(moved, undefined);
  }
  const highest = renumberExplicitBlock(others);
  const hasAutomatic = others.some((r) => r.rulePriority === undefined);
  const anyRule = anyRules[0];
  if (anyRule?.rulePriority !== undefined) {
    if (hasAutomatic) anyRules[0] = withPriority(anyRule, undefined);
    else if (anyRule.rulePriority <= highest) anyRules[0] = withPriority(anyRule, highest + 1);
  }
  return { rules: [...others, ...anyRules], sourceIndexes: order, to };
}
