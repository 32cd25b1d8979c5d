/**
 * What CDK lets through but ECR or CloudFormation rejects at deploy time
 * (ecr-lifecycle-spec.md §1.3, LP-*), reported as deploy-errors.
 */
import { countFieldsOf, type PlacedRule } from '../cdk/lifecycleRules';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';

const maxRulesPerPolicy = 50;

/** Deploy phase: what ECR or CloudFormation refuses when the stack deploys. */
export function deployError(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'deploy-error', origin: 'aws', code, path, message };
}

/** Deploy phase: the problems of one repository's placed lifecycle rules. */
export function lifecycleDeployErrors(
  placed: readonly PlacedRule[],
  rulesPath: FieldPath,
): Finding[] {
  const findings: Finding[] = [];
  const at = (rule: PlacedRule, field: string) => [...rulesPath, rule.designIndex, field];
  if (placed.length > maxRulesPerPolicy) {
    findings.push(
      deployError(
        FindingCode.tooManyRules,
        rulesPath,
        `ECR allows at most ${maxRulesPerPolicy} rules in a lifecycle policy; this one has ${placed.length}.`,
      ),
    );
  }
  const seen = new Map<number, PlacedRule>();
  for (const rule of placed) {
    if (rule.rulePriority < 1) {
      findings.push(
        deployError(
          FindingCode.priorityBelowOne,
          at(rule, 'rulePriority'),
          `rulePriority must be a whole number of at least 1; ECR rejects ${rule.rulePriority}.`,
        ),
      );
    }
    const first = seen.get(rule.rulePriority);
    if (first) {
      findings.push(
        deployError(
          FindingCode.priorityNotUnique,
          at(rule, 'rulePriority'),
          `rulePriority ${rule.rulePriority} is also used by rule ${first.designIndex + 1}; ECR requires unique priorities.`,
        ),
      );
    } else seen.set(rule.rulePriority, rule);
    const field = countFieldsOf(rule.rule)[0];
    const count = field === undefined ? 1 : rule.rule[field]!;
    if (field !== undefined && count < 1) {
      findings.push(
        deployError(
          FindingCode.countBelowOne,
          at(rule, field),
          `ECR requires a countNumber of at least 1; ${count} is rejected.`,
        ),
      );
    }
  }
  // LP-X03 holds per storage class (a plain policy selects only STANDARD images).
  for (const storageClass of ['STANDARD', 'ARCHIVE']) {
    const untagged = placed.filter(
      (r) => r.tagStatus === 'UNTAGGED' && (r.rule.storageClass ?? 'STANDARD') === storageClass,
    );
    const scope = storageClass === 'STANDARD' ? '' : ' of the ARCHIVE storage class';
    for (const rule of untagged.slice(1)) {
      findings.push(
        deployError(
          FindingCode.untaggedRuleTwice,
          at(rule, 'tagStatus'),
          `ECR allows only one rule that selects untagged images${scope}.`,
        ),
      );
    }
  }
  return findings;
}
