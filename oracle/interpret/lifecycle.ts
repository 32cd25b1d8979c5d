/**
 * A repository's lifecycle rules: `addLifecycleRule` per rule in design order, or, when any rule
 * is archive-era (TRANSITION, storageClass ARCHIVE, a maxDaysSince* count), the whole policy
 * set on the CfnRepository (the escape hatch the design format documents).
 */
import type { CfnRepository, LifecycleRule, Repository } from 'aws-cdk-lib/aws-ecr';
import type { LifecycleRuleDesign, RepositoryDesign } from '../../engine/index';
import { cdk, ecr } from './cdkLib';
import { escapeHatchPolicyText } from './lifecyclePolicyText';

export function isArchiveEra(rule: LifecycleRuleDesign): boolean {
  return (
    rule.action === 'TRANSITION' ||
    rule.storageClass === 'ARCHIVE' ||
    rule.maxDaysSinceImagePulled !== undefined ||
    rule.maxDaysSinceImageTransitioned !== undefined
  );
}

/**
 * The rule as addLifecycleRule takes it, keys in the documented field order and only those the
 * design sets (CDK's error text prints this object). storageClass STANDARD and action EXPIRE
 * are what the L2 writes anyway, so they are not passed.
 */
function lifecycleRuleProps(rule: LifecycleRuleDesign): LifecycleRule {
  const props: { -readonly [K in keyof LifecycleRule]: LifecycleRule[K] } = {};
  if (rule.rulePriority !== undefined) props.rulePriority = rule.rulePriority;
  if (rule.description !== undefined) props.description = rule.description;
  if (rule.tagStatus !== undefined) props.tagStatus = ecr.TagStatus[rule.tagStatus];
  if (rule.tagPrefixList !== undefined) props.tagPrefixList = rule.tagPrefixList;
  if (rule.tagPatternList !== undefined) props.tagPatternList = rule.tagPatternList;
  if (rule.maxImageCount !== undefined) props.maxImageCount = rule.maxImageCount;
  if (rule.maxImageAgeDays !== undefined)
    props.maxImageAge = cdk.Duration.days(rule.maxImageAgeDays);
  return props;
}

export function addLifecycleRules(repository: Repository, design: RepositoryDesign): void {
  const rules = design.lifecycleRules ?? [];
  if (!rules.some(isArchiveEra)) {
    for (const rule of rules) repository.addLifecycleRule(lifecycleRuleProps(rule));
    return;
  }
  const cfnRepository = repository.node.defaultChild as CfnRepository;
  cfnRepository.lifecyclePolicy = {
    lifecyclePolicyText: escapeHatchPolicyText(rules),
    registryId: design.lifecycleRegistryId,
  };
}
