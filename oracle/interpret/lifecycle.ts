/**
 * A repository's lifecycle rules: `addLifecycleRule` per rule in design order, or, when any rule
 * is archive-era (TRANSITION, storageClass ARCHIVE, a maxDaysSince* count), the whole policy
 * set on the CfnRepository (the escape hatch the design format documents).
 */
import type { CfnRepository, LifecycleRule, Repository } from 'aws-cdk-lib/aws-ecr';
import type { LifecycleRuleDesign, RepositoryDesign } from '../../engine/index';
import { cdk, defined } from './cdkLib';
import { plainProps } from './cdkTypes';
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
 * The rule as addLifecycleRule takes it, keys in the design's field order and only those the
 * design sets (CDK's error text prints this object). The archive-era fields are no props of
 * LifecycleRule; storageClass STANDARD and action EXPIRE are what the L2 writes anyway.
 */
function lifecycleRuleProps(rule: LifecycleRuleDesign): LifecycleRule {
  const {
    maxImageAgeDays,
    maxDaysSinceImagePulled: _pulled,
    maxDaysSinceImageTransitioned: _transitioned,
    storageClass: _storageClass,
    action: _action,
    ...plain
  } = rule;
  return defined({
    ...plainProps('aws-cdk-lib.aws_ecr.LifecycleRule', plain),
    maxImageAge: maxImageAgeDays === undefined ? undefined : cdk.Duration.days(maxImageAgeDays),
  });
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
