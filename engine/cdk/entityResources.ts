/**
 * The resources of keys, principals, topics and queues and of the policies CDK adds to them, one
 * function a resource, each as it appears in the template: Type, Properties, then attributes.
 */
import type { KeyDesign, PrincipalDesign } from '../design/designSchema';
import { keyProperties } from '../design/properties/keyProperties';
import { renderPolicyDocument, type Statement } from '../iam/policyDocument';
import { dropUndefined } from '../util/dropUndefined';
import { type ConstructNode, defaultResourceOf } from './constructNode';
import { accountRootArn, getAtt, type Json, ref } from './intrinsics';
import { sanitizeConstructId } from './logicalId';
import { resourcePolicyAttributes } from './resourceOptions';
import { tableProperties } from './tableProperties';

/** kms.Alias prepends `alias/` to a name without it. */
export function aliasNameOf(alias: string): string {
  return alias.startsWith('alias/') ? alias : `alias/${alias}`;
}

/** A key's ARN: the one it was imported by, or its resource's; `node` is the key's construct. */
export function keyArnOf(key: KeyDesign, node: ConstructNode): Json {
  return key.keyArn ?? getAtt(defaultResourceOf(node)!, 'Arn');
}

export function keyResource(key: KeyDesign): object {
  const keyPolicy = {
    Statement: [
      { Action: 'kms:*', Effect: 'Allow', Principal: { AWS: accountRootArn() }, Resource: '*' },
    ],
    Version: '2012-10-17',
  };
  return dropUndefined({
    Type: 'AWS::KMS::Key',
    Properties: tableProperties(keyProperties, key, { KeyPolicy: keyPolicy }),
    ...resourcePolicyAttributes(key),
  });
}

export function aliasResource(alias: string, targetKeyId: Json): object {
  return {
    Type: 'AWS::KMS::Alias',
    Properties: { AliasName: aliasNameOf(alias), TargetKeyId: targetKeyId },
  };
}

function assumeRolePolicy(principal: Extract<PrincipalDesign, { type: 'Role' }>): Json {
  const { service, account } = principal.assumedBy;
  const who: Json = service !== undefined ? { Service: service } : { AWS: accountRootArn(account) };
  return {
    Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: who }],
    Version: '2012-10-17',
  };
}

export function userResource(): object {
  return { Type: 'AWS::IAM::User' };
}

export function roleResource(role: Extract<PrincipalDesign, { type: 'Role' }>): object {
  return {
    Type: 'AWS::IAM::Role',
    Properties: { AssumeRolePolicyDocument: assumeRolePolicy(role) },
  };
}

/** The DefaultPolicy of a user or role: an `AWS::IAM::Policy` named by its logical ID. */
export function defaultPolicyResource(
  logicalId: string,
  owner: { kind: 'User' | 'Role'; logicalId: string },
  statements: readonly Statement[],
): object {
  const attachment =
    owner.kind === 'User' ? { Users: [ref(owner.logicalId)] } : { Roles: [ref(owner.logicalId)] };
  return {
    Type: 'AWS::IAM::Policy',
    // CDK's generatePolicyName keeps the last 128 characters of the logical ID.
    Properties: {
      PolicyDocument: renderPolicyDocument(statements),
      PolicyName: logicalId.slice(-128),
      ...attachment,
    },
  };
}

export const overflowDescriptionPrefix = 'Part of the policies for ';

/** The description CDK gives a role's overflow policy: the role's construct path. */
export function overflowPolicyDescription(stackName: string, roleId: string): string {
  return `${overflowDescriptionPrefix}${stackName}/${sanitizeConstructId(roleId)}`;
}

/** One of the managed policies CDK splits off a role's DefaultPolicy (policySplit.ts). */
export function overflowPolicyResource(
  description: string,
  roleLogicalId: string,
  statements: readonly Statement[],
): object {
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      Description: description,
      Path: '/',
      PolicyDocument: renderPolicyDocument(statements),
      Roles: [ref(roleLogicalId)],
    },
  };
}

/** The policy CDK attaches to a role imported by ARN, which names the role by its name. */
export function importedRolePolicyResource(
  policyName: string,
  roleArn: string,
  statements: readonly Statement[],
): object {
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyDocument: renderPolicyDocument(statements),
      PolicyName: policyName,
      Roles: [roleName],
    },
  };
}

export function topicResource(): object {
  return { Type: 'AWS::SNS::Topic' };
}

export function topicPolicyResource(
  topicLogicalId: string,
  statements: readonly Statement[],
): object {
  return {
    Type: 'AWS::SNS::TopicPolicy',
    Properties: {
      PolicyDocument: renderPolicyDocument(statements, true),
      Topics: [ref(topicLogicalId)],
    },
  };
}

export function queueResource(): object {
  return { Type: 'AWS::SQS::Queue', UpdateReplacePolicy: 'Delete', DeletionPolicy: 'Delete' };
}

export function queuePolicyResource(
  queueLogicalId: string,
  statements: readonly Statement[],
): object {
  return {
    Type: 'AWS::SQS::QueuePolicy',
    Properties: { PolicyDocument: renderPolicyDocument(statements), Queues: [ref(queueLogicalId)] },
  };
}
