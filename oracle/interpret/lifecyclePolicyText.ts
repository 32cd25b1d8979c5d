/**
 * The lifecycle policy text of the archive-era escape hatch, written from ECR's policy format:
 * rules numbered as CDK numbers them, selection {tagStatus, tagPrefixList, tagPatternList,
 * storageClass, countType, countUnit, countNumber}, action {type, targetStorageClass}.
 */
import type { LifecycleRuleDesign } from '../../engine/index';
import { defined } from './cdkLib';

type TagStatusName = NonNullable<LifecycleRuleDesign['tagStatus']>;

/** CDK's default: TAGGED when either tag list is given (even empty), else ANY. */
function tagStatusOf(rule: LifecycleRuleDesign): TagStatusName {
  if (rule.tagStatus !== undefined) return rule.tagStatus;
  return rule.tagPrefixList !== undefined || rule.tagPatternList !== undefined ? 'TAGGED' : 'ANY';
}

/** Count criteria in the order that decides when a (deploy-invalid) rule sets several. */
const countCriteria = [
  ['maxImageCount', 'imageCountMoreThan'],
  ['maxImageAgeDays', 'sinceImagePushed'],
  ['maxDaysSinceImagePulled', 'sinceImagePulled'],
  ['maxDaysSinceImageTransitioned', 'sinceImageTransitioned'],
] as const;

function selectionOf(rule: LifecycleRuleDesign): Record<string, unknown> {
  const criterion = countCriteria.find(([field]) => rule[field] !== undefined);
  const countType = criterion?.[1];
  return defined({
    tagStatus: tagStatusOf(rule).toLowerCase(),
    tagPrefixList: rule.tagPrefixList,
    tagPatternList: rule.tagPatternList,
    storageClass: rule.storageClass?.toLowerCase(),
    countType,
    countUnit: countType !== undefined && countType !== 'imageCountMoreThan' ? 'days' : undefined,
    countNumber: criterion && rule[criterion[0]],
  });
}

function actionOf(rule: LifecycleRuleDesign): Record<string, string> {
  return rule.action === 'TRANSITION'
    ? { type: 'transition', targetStorageClass: 'archive' }
    : { type: 'expire' };
}

/**
 * CDK's numbering: rules with an explicit priority (not ANY), then those without (not ANY),
 * then ANY rules, each group in design order; automatic numbers follow the largest explicit one.
 */
function numbered(rules: readonly LifecycleRuleDesign[]): [LifecycleRuleDesign, number][] {
  const isAny = (r: LifecycleRuleDesign) => tagStatusOf(r) === 'ANY';
  const explicit = rules.filter((r) => !isAny(r) && r.rulePriority !== undefined);
  const automatic = rules.filter((r) => !isAny(r) && r.rulePriority === undefined);
  const priorities = explicit.map((r) => r.rulePriority!);
  let next = (priorities.length > 0 ? Math.max(...priorities) : 0) + 1;
  return [...explicit, ...automatic, ...rules.filter(isAny)].map((r) => [
    r,
    r.rulePriority ?? next++,
  ]);
}

export function escapeHatchPolicyText(rules: readonly LifecycleRuleDesign[]): string {
  const policyRules = numbered(rules).map(([rule, rulePriority]) =>
    defined({
      rulePriority,
      description: rule.description,
      selection: selectionOf(rule),
      action: actionOf(rule),
    }),
  );
  return JSON.stringify({ rules: policyRules });
}
