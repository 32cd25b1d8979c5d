/**
 * A template resource's DeletionPolicy and UpdateReplacePolicy, and its logical ID, as the
 * design fields that render exactly them: the removal policy whose attributes match (RETAIN,
 * CDK's default, left out), else the one whose DeletionPolicy matches with the other attribute
 * set over it, else RETAIN with both set (a `preferred` one first and in place of RETAIN: DESTROY
 * where emptyOnDelete needs it); and the logical ID kept only where the one CDK
 * derives from the construct id differs.
 */
import { defaultResourceLogicalId } from '../cdk/constructNode';
import { cfnPolicyValues, removalPolicyAttributes } from '../cdk/resourceOptions';
import { type RemovalPolicy, ResourcePolicy } from '../design/enums';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { constructIdOf } from './constructIds';

type Attribute = 'DeletionPolicy' | 'UpdateReplacePolicy';
type Fields = {
  removalPolicy?: RemovalPolicy;
  deletionPolicy?: ResourcePolicy;
  updateReplacePolicy?: ResourcePolicy;
};

/** The design's value of a template attribute; undefined (with a warning) for one CloudFormation lacks. */
function policyOf(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): ResourcePolicy | undefined {
  if (value === undefined) return 'NONE';
  const member = Object.entries(cfnPolicyValues).find(([, v]) => v === value)?.[0];
  if (member === undefined)
    findings.push(
      designWarning(
        FindingCode.removalPolicyUnknown,
        path,
        `${JSON.stringify(value)} is no DeletionPolicy CloudFormation knows (Delete, Retain, RetainExceptOnCreate, Snapshot); CDK's default is used`,
      ),
    );
  return member as ResourcePolicy | undefined;
}

/** The value of the removal policy's attribute, as the design writes the attribute. */
function asPolicy(value: string | undefined): ResourcePolicy {
  if (value === undefined) return ResourcePolicy.NONE;
  return Object.entries(cfnPolicyValues).find(([, v]) => v === value)![0] as ResourcePolicy;
}

const candidates: RemovalPolicy[] = ['RETAIN', 'DESTROY', 'RETAIN_ON_UPDATE_OR_DELETE'];

/** The fields that render the resource's two attributes exactly (see the module comment). */
export function importResourcePolicies(
  resource: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
  preferred?: RemovalPolicy,
): Fields {
  // Exactly: an attribute left out is no Delete here (removalPolicyOf reads it as one).
  const exact = candidates.find((c) => {
    const attributes = removalPolicyAttributes(c);
    return (
      attributes.DeletionPolicy === resource.DeletionPolicy &&
      attributes.UpdateReplacePolicy === resource.UpdateReplacePolicy
    );
  });
  if (exact !== undefined && (preferred === undefined || exact === preferred))
    return exact === 'RETAIN' ? {} : { removalPolicy: exact };
  const wanted: Record<Attribute, ResourcePolicy | undefined> = {
    DeletionPolicy: policyOf(resource.DeletionPolicy, [...path, 'DeletionPolicy'], findings),
    UpdateReplacePolicy: policyOf(
      resource.UpdateReplacePolicy,
      [...path, 'UpdateReplacePolicy'],
      findings,
    ),
  };
  const removal =
    (preferred ? [preferred] : []).find(
      (c) => asPolicy(removalPolicyAttributes(c).DeletionPolicy) === wanted.DeletionPolicy,
    ) ??
    preferred ??
    candidates.find(
      (c) => asPolicy(removalPolicyAttributes(c).DeletionPolicy) === wanted.DeletionPolicy,
    ) ??
    'RETAIN';
  const base = removalPolicyAttributes(removal);
  const over = (attribute: Attribute) => {
    const value = wanted[attribute];
    return value === undefined || value === asPolicy(base[attribute]) ? undefined : value;
  };
  const deletionPolicy = over('DeletionPolicy');
  const updateReplacePolicy = over('UpdateReplacePolicy');
  return {
    ...(removal === 'RETAIN' ? {} : { removalPolicy: removal }),
    ...(deletionPolicy === undefined ? {} : { deletionPolicy }),
    ...(updateReplacePolicy === undefined ? {} : { updateReplacePolicy }),
  };
}

/**
 * The logical ID to keep for a resource whose construct path below the stack is `scope` plus
 * `Resource`: none when CDK derives the template's one from it (a CDK-synthesized template).
 */
export function keptLogicalId(logicalId: string, scope: readonly string[]): { logicalId?: string } {
  return defaultResourceLogicalId(scope) === logicalId ? {} : { logicalId };
}

/** A construct id and its child's whose default resource has this logical ID, when its hash proves them. */
function provenPair(childLogicalId: string): [string, string] | undefined {
  const readable = childLogicalId.slice(0, -8);
  for (let split = 1; split < readable.length; split++) {
    const pair: [string, string] = [readable.slice(0, split), readable.slice(split)];
    if (defaultResourceLogicalId(pair) === childLogicalId) return pair;
  }
  return undefined;
}

/** The type of the child resource that refers to a resource and whose logical ID proves its construct id. */
const provingChildren: Record<string, string> = {
  'AWS::ECR::Repository': 'AWS::Events::Rule',
  'AWS::IAM::User': 'AWS::IAM::Policy',
  'AWS::IAM::Role': 'AWS::IAM::Policy',
  'AWS::SNS::Topic': 'AWS::SNS::TopicPolicy',
  'AWS::SQS::Queue': 'AWS::SQS::QueuePolicy',
};

/**
 * A construct id. A kept logical ID (not derived from any id) hides it, but the logical ID of
 * a child that refers to it (a repository's event rule, a principal's default policy, a topic's
 * or queue's policy) still proves it.
 */
export function keptConstructId(
  logicalId: string,
  resource: Record<string, unknown>,
  resources: Record<string, unknown>,
): string {
  const id = constructIdOf(logicalId, resource);
  const childType = provingChildren[resource.Type as string];
  if (id !== logicalId || childType === undefined) return id;
  const ref = JSON.stringify({ Ref: logicalId });
  for (const [childId, child] of Object.entries(resources)) {
    if (!isPlainObject(child) || child.Type !== childType) continue;
    if (!JSON.stringify(child.Properties ?? {}).includes(ref)) continue;
    const pair = provenPair(childId);
    if (pair) return pair[0];
  }
  return id;
}
