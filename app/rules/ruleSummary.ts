/** A lifecycle rule in words, as the card shows it and screen readers announce it. */
import {
  effectiveTagStatus,
  type LifecycleRuleDesign,
  type RulePriority,
} from '../../engine/index';

export function describeSelection(rule: LifecycleRuleDesign): string {
  const status = effectiveTagStatus(rule);
  if (status === 'ANY') return 'all images';
  if (status === 'UNTAGGED') return 'untagged images';
  if (rule.tagPrefixList?.length)
    return `images tagged ${rule.tagPrefixList.map((p) => `${p}…`).join(' AND ')}`;
  if (rule.tagPatternList?.length) return `images tagged like ${rule.tagPatternList.join(' AND ')}`;
  return 'tagged images (add a prefix or a pattern)';
}

export function describeAction(rule: LifecycleRuleDesign): string {
  const { maxImageCount: count, maxImageAgeDays: days } = rule;
  if (count !== undefined && days === undefined) {
    return `keep the ${count} newest · expire the rest`;
  }
  if (days !== undefined && count === undefined) {
    return `expire those pushed more than ${days} ${days === 1 ? 'day' : 'days'} ago`;
  }
  return 'no action yet: set a count or an age';
}

export function describeRule(rule: LifecycleRuleDesign): string {
  return `${describeSelection(rule)} · ${describeAction(rule)}`;
}

export function describePriority(priority: RulePriority | undefined): string {
  if (!priority) return 'no priority yet · fix the errors below';
  return `priority ${priority.rulePriority} · ${priority.explicit ? 'explicit' : 'automatic'}`;
}

export function isAnyRule(rule: LifecycleRuleDesign): boolean {
  return effectiveTagStatus(rule) === 'ANY';
}
