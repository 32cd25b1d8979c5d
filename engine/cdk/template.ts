/**
 * The CloudFormation template aws-cdk-lib synthesizes for a design: a resource for each construct
 * of the construct tree that makes one, in the tree's order, then the bootstrap sections.
 */

import type { Design, KeyDesign, PrincipalDesign, RepositoryDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { renderPolicyDocument } from '../iam/policyDocument';
import { perObjectWith } from '../util/memo';
import { bootstrapParameters, bootstrapRules } from './bootstrap';
import {
  type ConstructNode,
  defaultResourceOf,
  entityNode,
  type RegistryKind,
  type ResourceNode,
  resourceNodes,
} from './constructNode';
import type { ConstructTree } from './constructTree';
import {
  aliasResource,
  defaultPolicyResource,
  importedRolePolicyResource,
  keyArnOf,
  keyResource,
  overflowPolicyDescription,
  overflowPolicyResource,
  queuePolicyResource,
  queueResource,
  roleResource,
  topicPolicyResource,
  topicResource,
  userResource,
} from './entityResources';
import { permissionResource, ruleLinks, ruleResource } from './eventRuleResources';
import { getAtt, ref } from './intrinsics';
import { registryResource } from './registryResources';
import { type RepositoryLinks, repositoryResource } from './repositoryResource';

export interface CfnTemplate {
  /** The stack's description (stack.templateOptions.description). */
  Description?: string;
  /** Each resource: Type, Properties, DependsOn, UpdateReplacePolicy, DeletionPolicy. */
  Resources?: Record<string, object>;
  /** The outputs (CfnOutput), by logical ID. */
  Outputs?: Record<string, object>;
  Parameters: typeof bootstrapParameters;
  Rules: typeof bootstrapRules;
}

/** A resource with the design path of the entity (the stack's child) that creates it. */
export type PlacedResource = [logicalId: string, resource: object, path: FieldPath];

interface Writer {
  design: Design;
  tree: ConstructTree;
  /** Each repository's LifecyclePolicyText: undefined without rules or when CDK fails on them. */
  lifecyclePolicies: readonly (string | undefined)[];
}

/** A resource's construct, the construct it is a child of, and the stack's child above both. */
type At = ResourceNode & { owner: ConstructNode };

/** The logical ID of the owner's own resource, which its other resources refer to. */
const ownerId = ({ owner }: At) => defaultResourceOf(owner)!;

function keyBody(key: KeyDesign, at: At): object {
  if (at.scope.kind === 'alias') return aliasResource(key.alias!, getAtt(ownerId(at), 'Arn'));
  return keyResource(key);
}

function principalBody(principal: PrincipalDesign, at: At, stackName: string): object {
  const { node, scope } = at;
  const statements = scope.statements ?? [];
  if (scope.kind === 'defaultPolicy') {
    const owner = {
      kind: principal.type === 'User' ? 'User' : 'Role',
      logicalId: ownerId(at),
    } as const;
    return defaultPolicyResource(node.logicalId, owner, statements);
  }
  if (scope.kind === 'overflowPolicy') {
    const description = overflowPolicyDescription(stackName, principal.id);
    return overflowPolicyResource(description, ownerId(at), statements);
  }
  if (principal.type === 'Role.fromRoleArn')
    return importedRolePolicyResource(scope.id, principal.roleArn, statements);
  return principal.type === 'Role' ? roleResource(principal) : userResource();
}

/**
 * A repository's resources, each kept per design object while what it reads besides stays the
 * same data: a keystroke writes again only the resources it changed, whose JSON and YAML text
 * (templateJson.ts, templateYaml.ts) and checks are then the only ones redone.
 */
const repositoryResourceOf = perObjectWith(
  (
    repository: RepositoryDesign,
    { policyText, ...links }: RepositoryLinks & { policyText?: string },
  ) => repositoryResource(repository, policyText, links),
);
const ruleResourceOf = perObjectWith(ruleResource);
const permissionResourceOf = perObjectWith(permissionResource);

function repositoryBody(at: At, { design, tree, lifecyclePolicies }: Writer): object {
  const { node, scope, owner } = at;
  const repository = design.repositories[owner.index]!;
  if (node.kind === 'permission')
    return permissionResourceOf(
      design.functions![node.index]!,
      getAtt(defaultResourceOf(scope)!, 'Arn'),
    );
  if (scope.kind === 'eventRule') {
    const rule = repository.eventRules![scope.index]!;
    const links = ruleLinks(design, tree.children, repository, rule, ref(ownerId(at)));
    return ruleResourceOf(rule, links);
  }
  const keyId = repository.encryptionKey;
  const key = keyId === undefined ? undefined : entityNode(tree.children, 'keys', keyId);
  const statements = tree.policies.repositories[owner.index] ?? [];
  return repositoryResourceOf(repository, {
    policyText: lifecyclePolicies[owner.index],
    kmsKey: key && keyArnOf(design.keys![key.index]!, key),
    policyDocument: statements.length > 0 ? renderPolicyDocument(statements) : undefined,
  });
}

function bodyOf(at: At, writer: Writer): object {
  const { design } = writer;
  const { owner, scope } = at;
  switch (owner.kind) {
    case 'key':
      return keyBody(design.keys![owner.index]!, at);
    case 'user':
    case 'role':
    case 'importedRole':
      return principalBody(design.principals![owner.index]!, at, writer.tree.stackName);
    case 'topic':
      return scope === owner
        ? topicResource()
        : topicPolicyResource(ownerId(at), scope.statements ?? []);
    case 'queue':
      return scope === owner
        ? queueResource()
        : queuePolicyResource(ownerId(at), scope.statements ?? []);
    case 'repository':
      return repositoryBody(at, writer);
    default:
      // The other children of the stack that make resources are the registry's L1s.
      return registryResource(design, writer.tree, owner as ConstructNode & { kind: RegistryKind });
  }
}

/** A stack child's resources: its own when it is an L1 (not an output), then its children's. */
function ownAndChildResources(owner: ConstructNode): ResourceNode[] {
  const own = owner.logicalId !== undefined && owner.kind !== 'output';
  const self = own ? [{ node: owner as ResourceNode['node'], scope: owner }] : [];
  return [...self, ...resourceNodes(owner)];
}

/**
 * Every resource of the stack in construct-tree order, with the design path of the stack's child
 * it belongs to. `lifecyclePolicies` holds each repository's LifecyclePolicyText, by index.
 */
export function stackResources(
  design: Design,
  tree: ConstructTree,
  lifecyclePolicies: readonly (string | undefined)[],
): PlacedResource[] {
  const writer: Writer = { design, tree, lifecyclePolicies };
  return tree.children.flatMap((owner) =>
    ownAndChildResources(owner).map(
      (at): PlacedResource => [
        at.node.logicalId,
        bodyOf({ ...at, owner }, writer),
        owner.designPath,
      ],
    ),
  );
}

/** What the template holds besides resources (engine/cdk/outputs.ts writes the outputs). */
export interface TemplateSections {
  description?: string;
  outputs?: Record<string, object>;
}

/**
 * The template of placed resources in CDK's section order: Description, Resources and Outputs
 * (each when there is one), then the bootstrap sections the synthesizer adds after every construct.
 */
export function templateOf(
  placed: readonly PlacedResource[],
  { description, outputs }: TemplateSections = {},
): CfnTemplate {
  const resources = Object.fromEntries(placed.map(([id, r]) => [id, r]));
  return {
    ...(description === undefined ? {} : { Description: description }),
    ...(Object.keys(resources).length > 0 ? { Resources: resources } : {}),
    ...(outputs === undefined ? {} : { Outputs: outputs }),
    Parameters: bootstrapParameters,
    Rules: bootstrapRules,
  };
}
