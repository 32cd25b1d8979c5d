/**
 * What aws-cdk-lib's Repository.addLifecycleRule and its synth-time ordering do
 * with the rules of one repository (aws-ecr/lib/repository.js, 2.276.0).
 */
import type { LifecycleRuleDesign } from '../design/designSchema';
import type { TagStatus } from '../design/enums';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { durationDaysJson, durationError } from './durationJson';

/** A rule CDK accepted, with the tagStatus CDK filled in. */
export interface AcceptedRule {
  designIndex: number;
  rule: LifecycleRuleDesign;
  tagStatus: TagStatus;
}

/** A rule in the policy CDK writes: its priority and whether the design set it. */
export interface PlacedRule extends AcceptedRule {
  rulePriority: number;
  explicit: boolean;
}

export function effectiveTagStatus(rule: LifecycleRuleDesign): TagStatus {
  if (rule.tagStatus !== undefined) return rule.tagStatus;
  return rule.tagPrefixList === undefined && rule.tagPatternList === undefined ? 'ANY' : 'TAGGED';
}

/** The message addLifecycleRule throws for this rule, in CDK's order of checks, or undefined. */
export function addLifecycleRuleError(
  rule: LifecycleRuleDesign,
  anyRuleAdded: boolean,
): { code: FindingCode; field: string; message: string } | undefined {
  if (rule.maxImageAgeDays !== undefined) {
    const message = durationError(rule.maxImageAgeDays);
    if (message) return { code: FindingCode.ruleAgeNegative, field: 'maxImageAgeDays', message };
  }
  const tagStatus = effectiveTagStatus(rule);
  const { tagPrefixList: prefixes, tagPatternList: patterns } = rule;
  if (tagStatus === 'TAGGED' && !prefixes?.length && !patterns?.length) {
    return {
      code: FindingCode.ruleTaggedWithoutList,
      field: 'tagStatus',
      message: 'TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList',
    };
  }
  if (tagStatus !== 'TAGGED' && (prefixes !== undefined || patterns !== undefined)) {
    return {
      code: FindingCode.ruleListNotTagged,
      field: prefixes !== undefined ? 'tagPrefixList' : 'tagPatternList',
      message:
        'tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged',
    };
  }
  if (prefixes !== undefined && patterns !== undefined) {
    return {
      code: FindingCode.ruleBothLists,
      field: 'tagPatternList',
      message: 'Both tagPrefixList and tagPatternList cannot be specified together in a rule',
    };
  }
  for (const pattern of patterns ?? []) {
    const parts = pattern.split('*').length;
    if (parts > 5) {
      return {
        code: FindingCode.ruleTooManyWildcards,
        field: 'tagPatternList',
        message: `A tag pattern cannot contain more than four wildcard characters (*), pattern: ${pattern}, counts: ${parts - 1}`,
      };
    }
  }
  if ((rule.maxImageAgeDays !== undefined) === (rule.maxImageCount !== undefined)) {
    return {
      code: FindingCode.ruleCountNotOne,
      field: rule.maxImageCount === undefined ? 'maxImageCount' : 'maxImageAgeDays',
      message: `Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: ${JSON.stringify(ruleAsCdkSeesIt(rule))}`,
    };
  }
  if (tagStatus === 'ANY' && anyRuleAdded) {
    return {
      code: FindingCode.ruleSecondAny,
      field: 'tagStatus',
      message: 'Life cycle can only have one TagStatus.Any rule',
    };
  }
  return undefined;
}

/** The rule object as the generated code passes it, with tagStatus appended when CDK filled it in. */
function ruleAsCdkSeesIt(rule: LifecycleRuleDesign): Record<string, unknown> {
  const seen: Record<string, unknown> = {
    rulePriority: rule.rulePriority,
    description: rule.description,
    tagStatus: rule.tagStatus?.toLowerCase(),
    tagPrefixList: rule.tagPrefixList,
    tagPatternList: rule.tagPatternList,
    maxImageCount: rule.maxImageCount,
    maxImageAge:
      rule.maxImageAgeDays === undefined ? undefined : durationDaysJson(rule.maxImageAgeDays),
  };
  if (rule.tagStatus === undefined) {
    delete seen.tagStatus;
    seen.tagStatus = effectiveTagStatus(rule).toLowerCase();
  }
  return seen;
}

/** Runs every rule through addLifecycleRule's checks, as the generated code calls it in design order. */
export function acceptLifecycleRules(
  rules: readonly LifecycleRuleDesign[],
  path: FieldPath,
  findings: Finding[],
): AcceptedRule[] {
  const accepted: AcceptedRule[] = [];
  rules.forEach((rule, designIndex) => {
    const anyRuleAdded = accepted.some((r) => r.tagStatus === 'ANY');
    const error = addLifecycleRuleError(rule, anyRuleAdded);
    if (error) {
      const rulePath = [...path, designIndex, error.field];
      const { code, message } = error;
      findings.push({ severity: 'error', origin: 'cdk', code, path: rulePath, message });
      return;
    }
    accepted.push({ designIndex, rule, tagStatus: effectiveTagStatus(rule) });
  });
  return accepted;
}

/**
 * CDK's synth-time order: explicit (non-ANY) rules, then automatic ones, then the ANY rule,
 * each group in insertion order; automatic priorities count up from the largest explicit one.
 */
export function placeLifecycleRules(
  rules: readonly AcceptedRule[],
  path: FieldPath,
  findings: Finding[],
): PlacedRule[] | undefined {
  if (rules.length === 0) return [];
  const explicit = rules.filter((r) => r.rule.rulePriority !== undefined && r.tagStatus !== 'ANY');
  const automatic = rules.filter((r) => r.rule.rulePriority === undefined && r.tagStatus !== 'ANY');
  const anyRules = rules.filter((r) => r.tagStatus === 'ANY');
  const anyRule = anyRules[0];
  const anyPriorityPath = anyRule && [...path, anyRule.designIndex, 'rulePriority'];
  if (anyRule?.rule.rulePriority !== undefined && automatic.length > 0) {
    findings.push({
      severity: 'error',
      origin: 'cdk-synth',
      code: FindingCode.anyPrioritizedWithAutomatic,
      path: anyPriorityPath!,
      message:
        "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove rulePriority from the 'Any' rule.",
    });
    return undefined;
  }
  let next = (explicit.length > 0 ? Math.max(...explicit.map((r) => r.rule.rulePriority!)) : 0) + 1;
  const placed = [...explicit, ...automatic, ...anyRules].map((r) => ({
    ...r,
    explicit: r.rule.rulePriority !== undefined,
    rulePriority: r.rule.rulePriority ?? next++,
  }));
  const placedAny = placed.find((r) => r.tagStatus === 'ANY');
  if (placedAny) {
    const max = Math.max(...placed.map((r) => r.rulePriority));
    if (placedAny.rulePriority !== max) {
      findings.push({
        severity: 'error',
        origin: 'cdk-synth',
        code: FindingCode.anyNotLast,
        path: anyPriorityPath!,
        message: `TagStatus.Any rule must have highest priority, has ${placedAny.rulePriority} which is smaller than ${max}`,
      });
      return undefined;
    }
  }
  return placed;
}

/** The count criteria of a rule, in the order the engine prefers when several are set. */
export const countFields = [
  'maxImageCount',
  'maxImageAgeDays',
  'maxDaysSinceImagePulled',
  'maxDaysSinceImageTransitioned',
] as const;
export type CountField = (typeof countFields)[number];

/** The count criteria a rule sets (exactly one is valid). */
export function countFieldsOf(rule: LifecycleRuleDesign): CountField[] {
  return countFields.filter((field) => rule[field] !== undefined);
}

/**
 * A rule aws-cdk-lib 2.276.0's addLifecycleRule cannot express (ECR, 2025). storageClass
 * STANDARD and action EXPIRE alone are what the L2 writes implicitly, so they keep a rule plain.
 */
export function isArchiveEraRule(rule: LifecycleRuleDesign): boolean {
  return (
    rule.storageClass === 'ARCHIVE' ||
    rule.action === 'TRANSITION' ||
    rule.maxDaysSinceImagePulled !== undefined ||
    rule.maxDaysSinceImageTransitioned !== undefined
  );
}

/**
 * With one archive-era rule, the generated code sets the whole policy on the CfnRepository
 * (escape hatch) instead of calling addLifecycleRule, so none of CDK's rule checks run.
 */
export function usesPolicyEscapeHatch(rules: readonly LifecycleRuleDesign[] | undefined): boolean {
  return (rules ?? []).some(isArchiveEraRule);
}

/**
 * The escape hatch's rules: every rule kept, numbered as CDK would (explicit, automatic, then the
 * ANY rules, each group in design order); ECR's own checks of the result are deploy-errors.
 */
export function placeEscapeHatchRules(rules: readonly LifecycleRuleDesign[]): PlacedRule[] {
  const accepted = rules.map((rule, designIndex) => ({
    designIndex,
    rule,
    tagStatus: effectiveTagStatus(rule),
  }));
  const explicit = accepted.filter(
    (r) => r.rule.rulePriority !== undefined && r.tagStatus !== 'ANY',
  );
  const automatic = accepted.filter(
    (r) => r.rule.rulePriority === undefined && r.tagStatus !== 'ANY',
  );
  const anyRules = accepted.filter((r) => r.tagStatus === 'ANY');
  let next = (explicit.length > 0 ? Math.max(...explicit.map((r) => r.rule.rulePriority!)) : 0) + 1;
  return [...explicit, ...automatic, ...anyRules].map((r) => ({
    ...r,
    explicit: r.rule.rulePriority !== undefined,
    rulePriority: r.rule.rulePriority ?? next++,
  }));
}
