/** The resources of keys, principals and event targets, each with its children in tree order. */
import type { FunctionDesign, KeyDesign, PrincipalDesign } from '../design/designSchema';
import { renderPolicyDocument, type Statement } from '../iam/policyDocument';
import { splitRolePolicy } from '../iam/policySplit';
import { importedRolePolicyId } from './generatedNames';
import { accountRootArn, getAtt, type Json, ref } from './intrinsics';
import { dropUndefined } from './lifecyclePolicy';
import { logicalIdOf, sanitizeConstructId } from './logicalId';
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

function assumeRolePolicy(principal: Extract<PrincipalDesign, { type: 'Role' }>): Json {
  const { service, account } = principal.assumedBy;
  const who: Json = service !== undefined ? { Service: service } : { AWS: accountRootArn(account) };
  return {
    Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: who }],
    Version: '2012-10-17',
  };
}

/** The DefaultPolicy of a user or role (an `AWS::IAM::Policy` named by its logical ID). */
function defaultPolicyEntry(
  id: string,
  kind: 'User' | 'Role',
  statements: readonly Statement[],
): ResourceEntry {
  const own = logicalIdOf([id, 'Resource']);
  const policyLogicalId = logicalIdOf([id, 'DefaultPolicy', 'Resource']);
  const attachment = kind === 'User' ? { Users: [ref(own)] } : { Roles: [ref(own)] };
  return [
    policyLogicalId,
    {
      Type: 'AWS::IAM::Policy',
      // CDK's generatePolicyName keeps the last 128 characters of the logical ID.
      Properties: {
        PolicyDocument: renderPolicyDocument(statements),
        PolicyName: policyLogicalId.slice(-128),
        ...attachment,
      },
    },
  ];
}

export const overflowDescriptionPrefix = 'Part of the policies for ';

/** The description CDK gives a role's overflow policy: the role's construct path. */
export function overflowPolicyDescription(stackName: string, roleId: string): string {
  return `${overflowDescriptionPrefix}${stackName}/${sanitizeConstructId(roleId)}`;
}

/**
 * A role's DefaultPolicy and the `OverflowPolicy<n>` managed policies CDK splits off it
 * (policySplit.ts); a DefaultPolicy left without statements is not synthesized.
 */
function rolePolicyEntries(
  roleId: string,
  statements: readonly Statement[],
  stackName: string,
): ResourceEntry[] {
  const { inline, overflow } = splitRolePolicy(statements);
  const entries = inline.length > 0 ? [defaultPolicyEntry(roleId, 'Role', inline)] : [];
  overflow.forEach((part, index) => {
    entries.push([
      logicalIdOf([roleId, `OverflowPolicy${index + 1}`, 'Resource']),
      {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Description: overflowPolicyDescription(stackName, roleId),
          Path: '/',
          PolicyDocument: renderPolicyDocument(part),
          Roles: [ref(logicalIdOf([roleId, 'Resource']))],
        },
      },
    ]);
  });
  return entries;
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
  if (principal.type === 'Role.fromRoleArn') {
    const document = renderPolicyDocument(statements);
    const policyId = importedRolePolicyId(stackName, principal.id);
    const roleName = principal.roleArn.slice(principal.roleArn.lastIndexOf('/') + 1);
    entries.push([
      logicalIdOf([principal.id, policyId, 'Resource']),
      {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyDocument: document, PolicyName: policyId, Roles: [roleName] },
      },
    ]);
  } else if (principal.type === 'User')
    entries.push(defaultPolicyEntry(principal.id, 'User', statements));
  else if (principal.type === 'Role')
    entries.push(...rolePolicyEntries(principal.id, statements, stackName));
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
