/**
 * The checks of what a design sets on its constructs' resources: the logical IDs it keeps and
 * the DeletionPolicy and UpdateReplacePolicy set over a removal policy. Two constructs with one
 * logical ID are duplicateLogicalIdErrors' (constructIds.ts): the tree holds the kept IDs.
 *
 * aws-cdk-lib takes any string in overrideLogicalId; its template validation then refuses an ID
 * that is not alphanumeric (F0006) or that the bootstrap parameter has (F3007), a Snapshot
 * DeletionPolicy on a type without snapshots (F3016) and an UpdateReplacePolicy other than
 * Delete or Retain on these types (F0018). CloudFormation refuses an ID over 255 characters.
 */

import type { ConstructNode } from '../cdk/constructNode';
import { constructTree, eventRuleNodes, repositoryNodes } from '../cdk/constructTree';
import { keptPermissions } from '../cdk/lambdaPermissions';
import { registryEntryOf, registryNodesOf } from '../cdk/registryNodes';
import { type ResourcePolicyFields, resourcePolicyAttributes } from '../cdk/resourceOptions';
import type { PlacedResource } from '../cdk/template';
import type { Design } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { validationError } from './phaseFindings';

const maxLogicalIdLength = 255;

/** What keeps a logical ID or sets the attributes: a field of a design entry, at its path. */
interface KeptId {
  logicalId: string;
  path: FieldPath;
}

type Stateful = ResourcePolicyFields & { path: FieldPath; what: string };

/**
 * The logical IDs the design keeps, in construct order: keys (with aliases), principals, topics,
 * queues (each with the policy CDK gives it, when it has one), repositories (each with its
 * event rules, each with the Lambda permissions its targets add), the registry's L1s.
 */
function keptIds(design: Design): KeptId[] {
  const keys = (design.keys ?? []).flatMap((key, index): KeptId[] => {
    if (key.keyArn !== undefined) return [];
    const path = ['keys', index];
    return [
      ...(key.logicalId ? [{ logicalId: key.logicalId, path: [...path, 'logicalId'] }] : []),
      ...(key.alias !== undefined && key.aliasLogicalId
        ? [{ logicalId: key.aliasLogicalId, path: [...path, 'aliasLogicalId'] }]
        : []),
    ];
  });
  const withPolicy = policyOwners(design);
  const own = (list: 'principals' | 'topics' | 'queues') =>
    (design[list] ?? []).flatMap((entry, index): KeptId[] => [
      ...('logicalId' in entry && entry.logicalId
        ? [{ logicalId: entry.logicalId, path: [list, index, 'logicalId'] }]
        : []),
      ...('policyLogicalId' in entry && entry.policyLogicalId && withPolicy.has(`${list}/${index}`)
        ? [{ logicalId: entry.policyLogicalId, path: [list, index, 'policyLogicalId'] }]
        : []),
    ]);
  const repositories = repositoryNodes(constructTree(design)).flatMap((node): KeptId[] => {
    const repo = design.repositories[node.index]!;
    const path = ['repositories', node.index];
    return [
      ...(repo.logicalId ? [{ logicalId: repo.logicalId, path: [...path, 'logicalId'] }] : []),
      ...eventRuleNodes(node).flatMap((ruleNode) => ruleIds(design, path, ruleNode)),
    ];
  });
  const registry = registryNodesOf(constructTree(design).children).flatMap((node): KeptId[] => {
    const logicalId = registryEntryOf(design, node)?.logicalId;
    return logicalId ? [{ logicalId, path: [...node.designPath, 'logicalId'] }] : [];
  });
  return [
    ...keys,
    ...own('principals'),
    ...own('topics'),
    ...own('queues'),
    ...repositories,
    ...registry,
  ];
}

/** A rule's own kept ID, then those of the Lambda permissions its targets add. */
function ruleIds(design: Design, repositoryPath: FieldPath, ruleNode: ConstructNode): KeptId[] {
  const rule = design.repositories[repositoryPath[1] as number]!.eventRules![ruleNode.index]!;
  const path = [...repositoryPath, 'eventRules', ruleNode.index];
  return [
    ...(rule.logicalId ? [{ logicalId: rule.logicalId, path: [...path, 'logicalId'] }] : []),
    ...keptPermissions(design, rule, ruleNode).map(({ logicalId, target }) => ({
      logicalId,
      path: [...path, 'targets', target, 'permissionLogicalId'],
    })),
  ];
}

const policyKinds = new Set(['defaultPolicy', 'importedRolePolicy', 'topicPolicy', 'queuePolicy']);

/** The entries (`list/index`) whose construct CDK gives a policy: only its policy has an ID to keep. */
function policyOwners(design: Design): Set<string> {
  return new Set(
    constructTree(design)
      .children.filter((owner) => owner.children.some((child) => policyKinds.has(child.kind)))
      .map((owner) => owner.designPath.join('/')),
  );
}

function statefulEntries(design: Design): Stateful[] {
  return [
    ...(design.keys ?? []).flatMap((key, index) =>
      key.keyArn === undefined ? [{ ...key, path: ['keys', index], what: 'key' }] : [],
    ),
    ...design.repositories.map((repo, index) => ({
      ...repo,
      path: ['repositories', index],
      what: 'repository',
    })),
  ];
}

const isAlphanumeric = (logicalId: string) => /^[A-Za-z0-9]+$/.test(logicalId);

/**
 * The validator checks no property of a resource whose logical ID is not alphanumeric (its
 * DeletionPolicy and UpdateReplacePolicy it still checks).
 */
export const validatedResource = ([logicalId]: PlacedResource) => isAlphanumeric(logicalId);

function idErrors({ logicalId, path }: KeptId): Finding[] {
  const findings: Finding[] = [];
  if (!isAlphanumeric(logicalId))
    findings.push(
      validationError(
        FindingCode.logicalIdInvalid,
        path,
        `Logical ID '${logicalId}' must be alphanumeric (A-Za-z0-9)`,
      ),
    );
  if (logicalId === 'BootstrapVersion')
    findings.push(
      validationError(
        FindingCode.logicalIdInvalid,
        path,
        `'${logicalId}' is used as both a parameter and resource logical ID`,
      ),
    );
  return findings;
}

function policyErrors(entry: Stateful): Finding[] {
  const findings: Finding[] = [];
  if (entry.deletionPolicy === 'SNAPSHOT')
    findings.push(
      validationError(
        FindingCode.resourcePolicyUnsupported,
        [...entry.path, 'deletionPolicy'],
        "DeletionPolicy: DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate, got 'Snapshot'",
      ),
    );
  const update = entry.updateReplacePolicy;
  if (update === 'SNAPSHOT' || update === 'RETAIN_EXCEPT_ON_CREATE')
    findings.push(
      validationError(
        FindingCode.resourcePolicyUnsupported,
        [...entry.path, 'updateReplacePolicy'],
        `UpdateReplacePolicy: UpdateReplacePolicy must be one of Delete, Retain, got '${update === 'SNAPSHOT' ? 'Snapshot' : 'RetainExceptOnCreate'}'`,
      ),
    );
  return findings;
}

/** Template validation: the kept IDs, then the attributes, in construct order. */
export function resourceOptionValidationErrors(design: Design): Finding[] {
  return [...keptIds(design).flatMap(idErrors), ...statefulEntries(design).flatMap(policyErrors)];
}

/** Deploy: CloudFormation's limit on a logical ID's length, which CDK does not check. */
export function resourceOptionDeployErrors(design: Design): Finding[] {
  return keptIds(design)
    .filter(({ logicalId }) => logicalId.length > maxLogicalIdLength)
    .map(({ logicalId, path }) => ({
      severity: 'deploy-error',
      origin: 'aws',
      code: FindingCode.logicalIdTooLong,
      path,
      message: `CloudFormation refuses a logical ID over ${maxLogicalIdLength} characters; this one has ${logicalId.length}`,
    }));
}

const retains = new Set(['Retain', 'RetainExceptOnCreate']);

/**
 * The attributes as the template writes them, when the design sets one: only one of the two
 * present and retaining leaves the resource unprotected on the other path (the validator's
 * W3011); a Delete or absent DeletionPolicy deletes a stateful resource with the stack.
 */
function policyWarnings(entry: Stateful): Finding[] {
  if (entry.deletionPolicy === undefined && entry.updateReplacePolicy === undefined) return [];
  const { UpdateReplacePolicy: update, DeletionPolicy: deletion } = resourcePolicyAttributes(entry);
  const findings: Finding[] = [];
  const one = (update === undefined) !== (deletion === undefined);
  if (one && retains.has(update ?? deletion!))
    findings.push({
      severity: 'warning',
      origin: 'designer',
      code: FindingCode.resourceNotProtected,
      path: [...entry.path, update === undefined ? 'updateReplacePolicy' : 'deletionPolicy'],
      message: `Both 'UpdateReplacePolicy' and 'DeletionPolicy' are needed to protect resource from deletion: without ${update === undefined ? 'UpdateReplacePolicy, a replacement' : 'DeletionPolicy, removing it or deleting the stack'} deletes the ${entry.what}`,
    });
  if (deletion === undefined || deletion === 'Delete')
    findings.push({
      severity: 'warning',
      origin: 'designer',
      code: FindingCode.resourceDeletedWithStack,
      path: [...entry.path, 'deletionPolicy'],
      message: `DeletionPolicy ${deletion ?? 'left out'}: removing the ${entry.what} from the stack, or deleting the stack, deletes it${entry.what === 'repository' ? ' and its images' : ' (KMS schedules the key for deletion, and what it encrypts becomes unreadable)'}`,
    });
  return findings;
}

/** The designer's warnings on the attributes the design sets, in construct order. */
export function resourceOptionWarnings(design: Design): Finding[] {
  return statefulEntries(design).flatMap(policyWarnings);
}
