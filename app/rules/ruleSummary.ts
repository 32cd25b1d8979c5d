/** A lifecycle rule in words, as the card shows it and screen readers announce it. */
import {
  countOf,
  effectiveTagStatus,
  type LifecycleRuleDesign,
  type RulePriority,
} from '../../engine/index';

export function describeSelection(rule: LifecycleRuleDesign): string {
  const status = effectiveTagStatus(rule);
  const archived = rule.storageClass === 'ARCHIVE' ? 'archived ' : '';
  if (status === 'ANY') return archived ? 'all archived images' : 'all images';
  if (status === 'UNTAGGED') return `untagged ${archived}images`;
  if (rule.tagPrefixList?.length)
    return `${archived}images tagged ${rule.tagPrefixList.map((p) => `${p}…`).join(' AND ')}`;
  if (rule.tagPatternList?.length)
    return `${archived}images tagged like ${rule.tagPatternList.join(' AND ')}`;
  return 'tagged images (add a prefix or a pattern)';
}

const daysText = (n: number) => countOf(n, 'day');

export function describeAction(rule: LifecycleRuleDesign): string {
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
  return `${describeSelection(rule)} · ${describeAction(rule)}`;
}

export function describePriority(priority: RulePriority | undefined): string {
  if (!priority) return 'no priority yet · fix the errors below';
  return `priority ${priority.rulePriority} · ${priority.explicit ? 'explicit' : 'automatic'}`;
}

export function isAnyRule(rule: LifecycleRuleDesign): boolean {
  return effectiveTagStatus(rule) === 'ANY';
}
