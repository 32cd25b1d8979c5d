/** Per-rule totals of a lifecycle preview, for the rule cards. */
import type { ImageOutcome } from './evaluatePolicy';

export interface RuleOutcomeCount {
  rulePriority: number;
  /** Images this rule expires. */
  expires: number;
  /** Images this rule moves to the archive storage class. */
  archives: number;
  /** Images kept within this rule's count or age limit (it is the first rule selecting them). */
  keeps: number;
  /** Images kept because their tags matched this rule first, while a lower-priority rule would have acted. */
  protects: number;
}

/** Totals by rulePriority, ascending; rules that touch no image do not appear. */
export function ruleOutcomeCounts(outcomes: readonly ImageOutcome[]): RuleOutcomeCount[] {
  const counts = new Map<number, RuleOutcomeCount>();
  const countOf = (rulePriority: number) => {
    let count = counts.get(rulePriority);
    if (!count) {
      count = { rulePriority, expires: 0, archives: 0, keeps: 0, protects: 0 };
      counts.set(rulePriority, count);
    }
    return count;
  };
  for (const outcome of outcomes) {
    if (outcome.action === 'expire' && outcome.rulePriority !== null)
      countOf(outcome.rulePriority).expires++;
    else if (outcome.action === 'transition' && outcome.rulePriority !== null)
      countOf(outcome.rulePriority).archives++;
    else if (outcome.protectedBy !== undefined) countOf(outcome.protectedBy).protects++;
    else if (outcome.keptBy !== undefined) countOf(outcome.keptBy).keeps++;
  }
  return [...counts.values()].sort((a, b) => a.rulePriority - b.rulePriority);
}
