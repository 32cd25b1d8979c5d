/** The checks of repositories' event rules and their targets. */
import type { ConstructNode } from '../cdk/constructNode';
import { uniqueIdError } from '../cdk/generatedNames';
import { emptyUniqueIdError, uniqueIdComponents } from '../cdk/logicalId';
import type { Design, RepositoryDesign } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { cdkError, synthError, validationError } from './phaseFindings';

/**
 * targets.LambdaFunction names the permission after Names.nodeUniqueId of the rule and of the
 * function, whether or not it adds one: all-`Default` paths throw.
 */
function functionTargetErrors(rule: EventRuleDesign, node: ConstructNode): Finding[] {
  const ruleUnique = uniqueIdComponents(node.path).length > 0;
  const stackName = node.path[0]!;
  return (rule.targets ?? []).flatMap((target, index) => {
    if (target.function === undefined) return [];
    const message = ruleUnique ? uniqueIdError(stackName, target.function) : emptyUniqueIdError;
    const targetPath = [...node.designPath, 'targets', index];
    return cdkError(FindingCode.uniqueIdEmpty, [...targetPath, 'function'], message);
  });
}

/**
 * Construct phase: event rules are children of the repository (`node`), after its 'Resource', each
 * checked against the children before it; then their targets are added.
 */
export function eventRuleConstructErrors(repo: RepositoryDesign, node: ConstructNode): Finding[] {
  const storedIds = node.children.map((child) => child.path[child.path.length - 1]!);
  return node.children.flatMap((child, index) => {
    if (child.kind !== 'eventRule') return [];
    const stored = storedIds[index]!;
    const taken = stored in Object.prototype || storedIds.slice(0, index).includes(stored);
    const message = taken
      ? `There is already a Construct with name '${stored}' in Repository2 [${node.path[1]}]`
      : undefined;
    return [
      ...cdkError(FindingCode.constructIdTaken, [...child.designPath, 'id'], message),
      ...functionTargetErrors(repo.eventRules![child.index]!, child),
    ];
  });
}

function ruleValidation(rule: EventRuleDesign, path: FieldPath): Finding[] {
  const findings: Finding[] = [];
  const name = rule.ruleName;
  if (name !== undefined) {
    if (name.length < 1 || name.length > 64)
      findings.push(
        synthError(
          FindingCode.eventRuleNameLength,
          [...path, 'ruleName'],
          `Event rule name must be between 1 and 64 characters. Received: ${name}`,
        ),
      );
    if (!/^[.\-_A-Za-z0-9]+$/.test(name))
      findings.push(
        synthError(
          FindingCode.eventRuleNameCharacters,
          [...path, 'ruleName'],
          `Event rule name ${name} can contain only letters, numbers, periods, hyphens, or underscores with no spaces.`,
        ),
      );
  }
  if ((rule.targets?.length ?? 0) > 5)
    findings.push(
      synthError(
        FindingCode.eventRuleTooManyTargets,
        [...path, 'targets'],
        'Event rule cannot have more than 5 targets.',
      ),
    );
  return findings;
}

/** Node validation: the rules of one repository, in construct-tree order. */
export function eventRuleNodeValidation(repo: RepositoryDesign, path: FieldPath): Finding[] {
  return (repo.eventRules ?? []).flatMap((rule, index) =>
    ruleValidation(rule, [...path, 'eventRules', index]),
  );
}

/** Template validation: an empty event pattern matcher (E9014), a rule of the validator. */
export function eventRuleValidationErrors(design: Design): Finding[] {
  return design.repositories.flatMap((repo, repoIndex) =>
    (repo.eventRules ?? []).flatMap((rule, index) => {
      const path = ['repositories', repoIndex, 'eventRules', index];
      if (rule.method !== 'onImageScanCompleted' || rule.imageTags?.length !== 0) return [];
      return [
        validationError(
          FindingCode.scanImageTagsEmpty,
          [...path, 'imageTags'],
          "EventPattern.detail.image-tags: 'EventPattern.detail.image-tags' is an empty array",
        ),
      ];
    }),
  );
}

/**
 * Warning phase: targets.LambdaFunction adds no permission for a function imported by ARN alone
 * (CDK only annotates it).
 */
export function functionTargetWarnings(design: Design): Finding[] {
  const lonely = new Set(
    (design.functions ?? []).filter((f) => !f.sameEnvironment).map((f) => f.id),
  );
  return design.repositories.flatMap((repo, r) =>
    (repo.eventRules ?? []).flatMap((rule, i) =>
      (rule.targets ?? []).flatMap((target, t) =>
        target.function !== undefined && lonely.has(target.function)
          ? [
              {
                severity: 'warning' as const,
                origin: 'designer' as const,
                code: FindingCode.functionTargetWithoutPermission,
                path: ['repositories', r, 'eventRules', i, 'targets', t, 'function'],
                message: `CDK adds no permission for EventBridge to invoke '${target.function}': the function is imported by ARN only. Set sameEnvironment if it is in the stack's account and region, or allow events.amazonaws.com in the function's own policy.`,
              },
            ]
          : [],
      ),
    ),
  );
}
