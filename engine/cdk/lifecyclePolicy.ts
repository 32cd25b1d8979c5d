/**
 * The lifecycle policy document exactly as CDK's renderLifecycleRule writes it, or, for the
 * escape hatch (archive-era rules), as the engine writes it in ECR's documented key order.
 */
import type { LifecycleRuleDesign } from '../design/designSchema';
import { dropUndefined } from '../util/dropUndefined';
import {
  type CountField,
  countFieldsOf,
  type PlacedRule,
  placeEscapeHatchRules,
} from './lifecycleRules';

export interface PolicyRule {
  rulePriority: number;
  description?: string;
  selection: {
    tagStatus: string;
    tagPrefixList?: string[];
    tagPatternList?: string[];
    storageClass?: 'standard' | 'archive';
    countType: string;
    countNumber: number;
    countUnit?: 'days';
  };
  action: { type: 'expire' | 'transition'; targetStorageClass?: 'archive' };
}

export interface LifecyclePolicy {
  rules: PolicyRule[];
}

export function buildLifecyclePolicy(
  placed: readonly PlacedRule[],
  escapeHatch = false,
): LifecyclePolicy {
  return { rules: placed.map(escapeHatch ? toEscapeHatchRule : toPolicyRule) };
}

const countTypes: Record<CountField, string> = {
  maxImageCount: 'imageCountMoreThan',
  maxImageAgeDays: 'sinceImagePushed',
  maxDaysSinceImagePulled: 'sinceImagePulled',
  maxDaysSinceImageTransitioned: 'sinceImageTransitioned',
};

/**
 * ECR's documented key order: selection {tagStatus, list, storageClass, countType, countUnit,
 * countNumber}, action {type, targetStorageClass}. A rule without a count criterion (a
 * deploy-error) is written without one; with several, the first of countFields wins.
 */
function toEscapeHatchRule({ rule, tagStatus, rulePriority }: PlacedRule): PolicyRule {
  const field = countFieldsOf(rule)[0];
  const countType = field && countTypes[field];
  return dropUndefined({
    rulePriority,
    description: rule.description,
    selection: dropUndefined({
      tagStatus: tagStatus.toLowerCase(),
      tagPrefixList: rule.tagPrefixList,
      tagPatternList: rule.tagPatternList,
      storageClass: rule.storageClass?.toLowerCase() as 'standard' | 'archive' | undefined,
      countType,
      countUnit: countType && countType !== 'imageCountMoreThan' ? ('days' as const) : undefined,
      countNumber: field && rule[field],
    }),
    action:
      rule.action === 'TRANSITION'
        ? { type: 'transition', targetStorageClass: 'archive' }
        : { type: 'expire' },
  }) as PolicyRule;
}

function toPolicyRule({ rule, tagStatus, rulePriority }: PlacedRule): PolicyRule {
  const byAge = rule.maxImageAgeDays !== undefined;
  return dropUndefined({
    rulePriority,
    description: rule.description,
    selection: dropUndefined({
      tagStatus: tagStatus.toLowerCase(),
      tagPrefixList: rule.tagPrefixList,
      tagPatternList: rule.tagPatternList,
      countType: byAge ? 'sinceImagePushed' : 'imageCountMoreThan',
      countNumber: (byAge ? rule.maxImageAgeDays : rule.maxImageCount)!,
      countUnit: byAge ? 'days' : undefined,
    }),
    action: { type: 'expire' },
  }) as PolicyRule;
}

/** The policy text CDK puts into LifecyclePolicyText: compact JSON. */
export function lifecyclePolicyText(policy: LifecyclePolicy): string {
  return JSON.stringify(policy);
}

/** The text the generated code assigns to CfnRepository.lifecyclePolicy (archive-era rules). */
export function escapeHatchPolicyText(rules: readonly LifecycleRuleDesign[]): string {
  return lifecyclePolicyText(buildLifecyclePolicy(placeEscapeHatchRules(rules), true));
}
