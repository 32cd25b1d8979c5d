/**
 * How many images each rule expires, archives, keeps or protects, as the rule cards say it: apart
 * from the rest of the preview, which loads after the first paint.
 */
import type { RuleOutcomeCount } from '../../engine/index';

export type RuleCounts = Omit<RuleOutcomeCount, 'rulePriority'>;

const emptyCounts = (): RuleCounts => ({ expires: 0, archives: 0, keeps: 0, protects: 0 });

/** The engine's ruleOutcomeCounts by rule priority, for the rule cards. */
export function countByRule(engineCounts: readonly RuleOutcomeCount[]): Map<number, RuleCounts> {
  return new Map(engineCounts.map(({ rulePriority, ...counts }) => [rulePriority, counts]));
}

/** "expires 37 · keeps 20 · protects 12 · archives 5" (zero counts left out, expires always shown). */
export function describeCounts(counts: RuleCounts | undefined): string {
  const c = counts ?? emptyCounts();
  const parts = [`expires ${c.expires}`];
  if (c.archives > 0) parts.push(`archives ${c.archives}`);
  if (c.keeps > 0) parts.push(`keeps ${c.keeps}`);
  if (c.protects > 0) parts.push(`protects ${c.protects}`);
  return parts.join(' · ');
}
