/** A lifecycle rule in words, as the card shows it and screen readers announce it. */
import {
  countOf,
  describeSelection,
  effectiveTagStatus,
  type LifecycleRuleDesign,
  type RulePriority,
} from '../../engine/index';

/**
 * The selection in the engine's words, as the preview's timeline says it; with "all" for a rule
 * of every image, and a hint for a tagged rule without a list yet (cards show unfinished rules).
 */
function describeRuleSelection(rule: LifecycleRuleDesign): string {
  const tagStatus = effectiveTagStatus(rule);
  const tagPrefixList = rule.tagPrefixList?.length ? rule.tagPrefixList : undefined;
  const tagPatternList = rule.tagPatternList?.length ? rule.tagPatternList : undefined;
  if (tagStatus === 'TAGGED' && !tagPrefixList && !tagPatternList)
    return 'tagged images (add a prefix or a pattern)';
  const pool = rule.storageClass === 'ARCHIVE' ? 'archived images' : 'images';
  const words = describeSelection({ tagStatus, tagPrefixList, tagPatternList }, pool);
  return tagStatus === 'ANY' ? `all ${words}` : words;
}

const daysText = (n: number) => countOf(n, 'day');

function describeAction(rule: LifecycleRuleDesign): string {
  const { maxImageCount: count, maxImageAgeDays: age } = rule;
  const { maxDaysSinceImagePulled: pulled, maxDaysSinceImageTransitioned: archived } = rule;
  const verb = rule.action === 'TRANSITION' ? 'archive' : 'expire';
  const criteria = [count, age, pulled, archived].filter((n) => n !== undefined);
  if (criteria.length !== 1) return 'no action yet: set one count or age';
  if (count !== undefined) return `keep the ${count} newest · ${verb} the rest`;
  if (age !== undefined) return `${verb} those pushed more than ${daysText(age)} ago`;
  if (pulled !== undefined) return `${verb} those not pulled for ${daysText(pulled)}`;
  return `${verb} those archived more than ${daysText(archived!)} ago`;
}

export function describeRule(rule: LifecycleRuleDesign): string {
  return `${describeRuleSelection(rule)} · ${describeAction(rule)}`;
}

/** `pending`: the engine that works priorities out is still loading (moments after the page opens). */
export function describePriority(priority: RulePriority | 'pending' | undefined): string {
  if (priority === 'pending') return 'priority …';
  if (!priority) return 'no priority yet · fix its errors';
  return `priority ${priority.rulePriority} · ${priority.explicit ? 'explicit' : 'automatic'}`;
}

export function isAnyRule(rule: LifecycleRuleDesign): boolean {
  return effectiveTagStatus(rule) === 'ANY';
}
