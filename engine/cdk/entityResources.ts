/** The resources of keys, principals and event targets, each with its children in tree order. */
import type { FunctionDesign, KeyDesign, PrincipalDesign } from '../design/designSchema';
import { renderPolicyDocument, type Statement } from '../iam/policyDocument';
import { accountRootArn, getAtt, type Json, ref } from './intrinsics';
import { dropUndefined } from './lifecyclePolicy';
import { logicalIdOf } from './logicalId';
import { removalPolicyAttributes } from './repositoryResource';

/** A resource as it appears in the template: Type, Properties, then attributes. */
export type ResourceEntry = [logicalId: string, resource: object];

export function keyArnOf(key: KeyDesign): Json {
  return key.keyArn ?? getAtt(logicalIdOf([key.id, 'Resource']), 'Arn');
}

export function keyResources(key: KeyDesign): ResourceEntry[] {
  if (key.keyArn !== undefined) return [];
  const keyPolicy = {
    Statement: [
      { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: accountRootArn() }, Resource: '*' },
    ],
    Version: '2012-10-17',
  };
  const entries: ResourceEntry[] = [
    [
      logicalIdOf([key.id, 'Resource']),
      dropUndefined({
        Type: 'AWS::KMS::Key',
        Properties: dropUndefined({
          Description: key.description,
          EnableKeyRotation: key.enableKeyRotation,
          KeyPolicy: keyPolicy,
        }),
        ...removalPolicyAttributes(key.removalPolicy),
      }),
    ],
  ];
  if (key.alias !== undefined) {
    const aliasName = key.alias.startsWith('alias/') ? key.alias : `alias/${key.alias}`;
    entries.push([
      logicalIdOf([key.id, 'Alias', 'Resource']),
      { Type: 'AWS::KMS::Alias', Properties: { AliasName: aliasName, TargetKeyId: keyArnOf(key) } },
    ]);
  }
  return entries;
}

/** Imported roles name their policy `Policy<unique id of the role>` (IAM_IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME). */
export function importedRolePolicyId(stackName: string, roleId: string): string {
  return `Policy${logicalIdOf([stackName, roleId])}`;
}

function assumeRolePolicy(principal: Extract<PrincipalDesign, { type: 'Role' }>): Json {
  const { service, account } = principal.assumedBy;
  const who: Json = service !== undefined ? { Service: service } : { AWS: accountRootArn(account) };
  return {
    Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: who }],
    Version: '2012-10-17',
  };
}

export function principalResources(
  principal: PrincipalDesign,
  statements: readonly Statement[] | undefined,
  stackName: string,
): ResourceEntry[] {
  const entries: ResourceEntry[] = [];
  const own = logicalIdOf([principal.id, 'Resource']);
  if (principal.type === 'User') entries.push([own, { Type: 'AWS::IAM::User' }]);
  if (principal.type === 'Role') {
    const properties = { AssumeRolePolicyDocument: assumeRolePolicy(principal) };
    entries.push([own, { Type: 'AWS::IAM::Role', Properties: properties }]);
  }
  if (!statements?.length) return entries;
  const document = renderPolicyDocument(statements);
  if (principal.type === 'Role.fromRoleArn') {
    const policyId = importedRolePolicyId(stackName, principal.id);
    const roleName = principal.roleArn.slice(principal.roleArn.lastIndexOf('/') + 1);
    entries.push([
      logicalIdOf([principal.id, policyId, 'Resource']),
      {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyDocument: document, PolicyName: policyId, Roles: [roleName] },
      },
    ]);
  } else if (principal.type === 'User' || principal.type === 'Role') {
    const policyLogicalId = logicalIdOf([principal.id, 'DefaultPolicy', 'Resource']);
    const attachment = principal.type === 'User' ? { Users: [ref(own)] } : { Roles: [ref(own)] };
    entries.push([
      policyLogicalId,
      {
        Type: 'AWS::IAM::Policy',
        // CDK's generatePolicyName keeps the last 128 characters of the logical ID.
        Properties: {
          PolicyDocument: document,
          PolicyName: policyLogicalId.slice(-128),
          ...attachment,
        },
      },
    ]);
  }
  return entries;
}

export function topicResources(
  id: string,
  statements: readonly Statement[] | undefined,
): ResourceEntry[] {
  const topic = logicalIdOf([id, 'Resource']);
  const entries: ResourceEntry[] = [[topic, { Type: 'AWS::SNS::Topic' }]];
  if (statements?.length) {
    entries.push([
      logicalIdOf([id, 'Policy', 'Resource']),
      {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          PolicyDocument: renderPolicyDocument(statements, true),
          Topics: [ref(topic)],
        },
      },
    ]);
  }
  return entries;
}

export function queueResources(
  id: string,
  statements: readonly Statement[] | undefined,
): ResourceEntry[] {
  const queue = logicalIdOf([id, 'Resource']);
  const entries: ResourceEntry[] = [
    [queue, { Type: 'AWS::SQS::Queue', UpdateReplacePolicy: 'Delete', DeletionPolicy: 'Delete' }],
  ];
  if (statements?.length) {
    entries.push([
      logicalIdOf([id, 'Policy', 'Resource']),
      {
        Type: 'AWS::SQS::QueuePolicy',
        Properties: { PolicyDocument: renderPolicyDocument(statements), Queues: [ref(queue)] },
      },
    ]);
  }
  return entries;
}

/** targets.LambdaFunction adds a permission only when the function is in the stack's environment. */
export function permissionId(stackName: string, fn: FunctionDesign): string | undefined {
  return fn.sameEnvironment ? `AllowEventRule${logicalIdOf([stackName, fn.id])}` : undefined;
}
