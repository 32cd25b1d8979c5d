/** A lifecycle policy (text or object, as ECR or CloudFormation holds it) → lifecycle rules of the design. */

import type { CountField } from '../cdk/lifecycleRules';
import type { LifecycleRuleDesign } from '../design/designSchema';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designError, designWarning, type Finding, FindingCode } from '../findings';
import { isStringList } from './templateValues';

const tagStatuses: Record<string, LifecycleRuleDesign['tagStatus']> = {
  any: 'ANY',
  tagged: 'TAGGED',
  untagged: 'UNTAGGED',
};
const knownRuleKeys = new Set(['rulePriority', 'description', 'selection', 'action']);
const knownSelectionKeys = new Set([
  'tagStatus',
  'tagPrefixList',
  'tagPatternList',
  'storageClass',
  'countType',
  'countNumber',
  'countUnit',
]);
const countFieldOf: Record<string, CountField> = {
  imageCountMoreThan: 'maxImageCount',
  sinceImagePushed: 'maxImageAgeDays',
  sinceImagePulled: 'maxDaysSinceImagePulled',
  sinceImageTransitioned: 'maxDaysSinceImageTransitioned',
};
const storageClasses: Record<string, LifecycleRuleDesign['storageClass']> = {
  standard: 'STANDARD',
  archive: 'ARCHIVE',
};

/** `expire`, or `transition` to `archive`: the two actions ECR knows; anything else is undefined. */
function actionOf(action: Record<string, unknown>): LifecycleRuleDesign['action'] | undefined {
  const keys = Object.keys(action);
  if (action.type === 'expire' && keys.length === 1) return 'EXPIRE';
  if (action.type === 'transition' && action.targetStorageClass === 'archive' && keys.length === 2)
    return 'TRANSITION';
  return undefined;
}

/** What a rule's action, count type and storage class read as, and what the design cannot express. */
function ruleParts(rule: Record<string, unknown>, selection: Record<string, unknown>) {
  const action = actionOf(isPlainObject(rule.action) ? rule.action : {});
  const countType = selection.countType;
  const field = typeof countType === 'string' ? countFieldOf[countType] : undefined;
  const storageClass =
    typeof selection.storageClass === 'string' ? storageClasses[selection.storageClass] : undefined;
  const unsupported = [
    ...Object.keys(rule).filter((k) => !knownRuleKeys.has(k)),
    ...Object.keys(selection)
      .filter((k) => !knownSelectionKeys.has(k))
      .map((k) => `selection.${k}`),
    ...(action === undefined ? [`action ${JSON.stringify(rule.action)}`] : []),
    ...(field === undefined ? [`countType ${JSON.stringify(countType)}`] : []),
    ...(selection.storageClass !== undefined && storageClass === undefined
      ? [`storageClass ${JSON.stringify(selection.storageClass)}`]
      : []),
  ];
  return { action, field, storageClass, unsupported };
}

function importRule(
  rule: unknown,
  path: FieldPath,
  findings: Finding[],
): LifecycleRuleDesign | undefined {
  if (!isPlainObject(rule) || !isPlainObject(rule.selection)) {
    const message = 'not a lifecycle rule (no selection); left out';
    findings.push(designWarning(FindingCode.ruleUnreadable, path, message));
    return undefined;
  }
  const { selection } = rule;
  const { action, field, storageClass, unsupported } = ruleParts(rule, selection);
  if (unsupported.length > 0) {
    const message = `this rule uses ${unsupported.join(', ')}, which the design format cannot express; left out`;
    findings.push(designWarning(FindingCode.ruleUnsupported, path, message));
    return undefined;
  }
  const out: LifecycleRuleDesign = {};
  if (typeof rule.rulePriority === 'number' && Number.isInteger(rule.rulePriority))
    out.rulePriority = rule.rulePriority;
  if (typeof rule.description === 'string') out.description = rule.description;
  const tagStatus =
    typeof selection.tagStatus === 'string'
      ? tagStatuses[selection.tagStatus.toLowerCase()]
      : undefined;
  if (tagStatus) out.tagStatus = tagStatus;
  else
    findings.push(
      designWarning(
        FindingCode.tagStatusUnknown,
        [...path, 'selection', 'tagStatus'],
        `unknown tagStatus ${JSON.stringify(selection.tagStatus)}; left to CDK's default`,
      ),
    );
  if (isStringList(selection.tagPrefixList)) out.tagPrefixList = selection.tagPrefixList;
  if (isStringList(selection.tagPatternList)) out.tagPatternList = selection.tagPatternList;
  if (typeof selection.countNumber !== 'number' || !Number.isInteger(selection.countNumber)) {
    const message = 'countNumber is not a whole number; rule left out';
    findings.push(
      designWarning(FindingCode.countNumberInvalid, [...path, 'selection', 'countNumber'], message),
    );
    return undefined;
  }
  out[field!] = selection.countNumber;
  if (storageClass) out.storageClass = storageClass;
  // EXPIRE is the default; writing it would add nothing.
  if (action === 'TRANSITION') out.action = action;
  return out;
}

/**
 * Rules in the policy's order. Priorities 1..n in order with the ANY rule last are what CDK numbers
 * automatically, so they are left automatic; any other numbering is kept explicit.
 */
export function importLifecycleRules(
  policy: unknown,
  path: FieldPath,
  findings: Finding[],
): LifecycleRuleDesign[] | undefined {
  let value = policy;
  if (typeof policy === 'string') {
    try {
      value = JSON.parse(policy);
    } catch {
      findings.push(
        designError(
          FindingCode.policyTextInvalid,
          path,
          'the lifecycle policy text is not valid JSON',
        ),
      );
      return undefined;
    }
  }
  if (!isPlainObject(value) || !Array.isArray(value.rules)) {
    findings.push(
      designError(FindingCode.policyWithoutRules, path, 'a lifecycle policy needs a "rules" array'),
    );
    return undefined;
  }
  const rulesPath = [...path, 'rules'];
  const rules = value.rules.flatMap(
    (rule, index) => importRule(rule, [...rulesPath, index], findings) ?? [],
  );
  const anyIndex = rules.findIndex((rule) => rule.tagStatus === 'ANY');
  const automatic =
    rules.every((rule, index) => rule.rulePriority === index + 1) &&
    (anyIndex === -1 || anyIndex === rules.length - 1);
  return automatic ? rules.map(({ rulePriority: _priority, ...rule }) => rule) : rules;
}
