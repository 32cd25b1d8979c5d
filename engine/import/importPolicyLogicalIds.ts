/**
 * The logical IDs of the policies CDK adds below a user, role, topic or queue (a DefaultPolicy,
 * a TopicPolicy, a QueuePolicy) and of the Lambda permissions event targets add below a rule:
 * a template's own is kept (`policyLogicalId` on the owner, `permissionLogicalId` on the
 * target) where the one the imported design derives differs, so deploying the design updates
 * it in place.
 */

import type { ConstructNode } from '../cdk/constructNode';
import { constructTree, eventRuleNodes, repositoryNodes } from '../cdk/constructTree';
import type { Design } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import { asList } from './policyDocuments';
import { referencedLogicalId, type TemplateResource } from './templateValues';

/** The template type of each policy kind, and the property that names its owners. */
const policyResources: Record<string, [type: string, owners: readonly string[]]> = {
  defaultPolicy: ['AWS::IAM::Policy', ['Users', 'Roles']],
  topicPolicy: ['AWS::SNS::TopicPolicy', ['Topics']],
  queuePolicy: ['AWS::SQS::QueuePolicy', ['Queues']],
};

/** The logical ID of the template's policy of this kind that refers to the owner alone. */
function templatePolicyOf(
  resources: Record<string, TemplateResource>,
  kind: string,
  owner: string,
): string | undefined {
  const [type, keys] = policyResources[kind]!;
  return Object.entries(resources).find(([, resource]) => {
    if (resource.Type !== type) return false;
    const props = isPlainObject(resource.Properties) ? resource.Properties : {};
    const owners = keys.flatMap((key) => asList(props[key]));
    return owners.length === 1 && referencedLogicalId(owners[0]) === owner;
  })?.[0];
}

const ownResource = (node: ConstructNode) =>
  node.children.find((child) => child.kind === 'resource')?.logicalId;

/** The design with `policyLogicalId` set where the template's policy has an ID of its own. */
export function keepPolicyLogicalIds(
  resources: Record<string, TemplateResource>,
  design: Design,
): Design {
  const kept = new Map<string, string>();
  for (const owner of constructTree(design).children) {
    const ownerId = ownResource(owner);
    for (const policy of owner.children) {
      if (!(policy.kind in policyResources) || ownerId === undefined) continue;
      const logicalId = templatePolicyOf(resources, policy.kind, ownerId);
      if (logicalId !== undefined && logicalId !== ownResource(policy))
        kept.set(owner.designPath.join('/'), logicalId);
    }
  }
  if (kept.size === 0) return design;
  const withKept = <T extends object>(list: string, entries: readonly T[] | undefined) =>
    entries?.map((entry, index) => {
      const policyLogicalId = kept.get(`${list}/${index}`);
      return policyLogicalId === undefined ? entry : { ...entry, policyLogicalId };
    });
  return {
    ...design,
    ...(design.principals ? { principals: withKept('principals', design.principals) } : {}),
    ...(design.topics ? { topics: withKept('topics', design.topics) } : {}),
    ...(design.queues ? { queues: withKept('queues', design.queues) } : {}),
  } as Design;
}

/** The template's AWS::Lambda::Permission that lets the rule invoke the function, by its ARN. */
function templatePermissionOf(
  resources: Record<string, TemplateResource>,
  ruleId: string,
  functionArn: string,
): string | undefined {
  return Object.entries(resources).find(
    ([, r]) =>
      r.Type === 'AWS::Lambda::Permission' &&
      referencedLogicalId(r.Properties?.SourceArn) === ruleId &&
      r.Properties?.FunctionName === functionArn,
  )?.[0];
}

/** The rule's targets with `permissionLogicalId` set where the template's permission differs. */
function withKeptPermissions(
  resources: Record<string, TemplateResource>,
  design: Design,
  rule: EventRuleDesign,
  ruleNode: ConstructNode,
): EventRuleDesign {
  const ruleId = ownResource(ruleNode);
  let targets = rule.targets;
  for (const permission of ruleNode.children) {
    if (permission.kind !== 'permission' || ruleId === undefined || !targets) continue;
    const fn = design.functions![permission.index]!;
    const logicalId = templatePermissionOf(resources, ruleId, fn.functionArn);
    const index = targets.findIndex((target) => target.function === fn.id);
    if (logicalId === undefined || logicalId === permission.logicalId || index < 0) continue;
    targets = targets.map((t, i) => (i === index ? { ...t, permissionLogicalId: logicalId } : t));
  }
  return targets === rule.targets ? rule : { ...rule, targets };
}

/**
 * The design with `permissionLogicalId` set on the function targets whose Lambda permission
 * the template names otherwise than the imported design derives.
 */
export function keepPermissionLogicalIds(
  resources: Record<string, TemplateResource>,
  design: Design,
): Design {
  const repositories = repositoryNodes(constructTree(design)).map((node) => {
    const repository = design.repositories[node.index]!;
    const rules = eventRuleNodes(node).map((ruleNode) =>
      withKeptPermissions(resources, design, repository.eventRules![ruleNode.index]!, ruleNode),
    );
    const same = rules.every((rule, i) => rule === repository.eventRules?.[i]);
    return same ? repository : { ...repository, eventRules: rules };
  });
  const same = repositories.every((repository, i) => repository === design.repositories[i]);
  return same ? design : { ...design, repositories };
}
