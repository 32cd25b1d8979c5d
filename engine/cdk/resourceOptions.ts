/**
 * What the design sets on a construct's CloudFormation resource beside its properties: the
 * logical ID it keeps (CfnElement.overrideLogicalId) and its DeletionPolicy and
 * UpdateReplacePolicy over the removal policy's (cfnOptions; NONE: addDeletionOverride).
 */
import type { RemovalPolicy, ResourcePolicy } from '../design/enums';

const removalPolicies: Record<
  Exclude<RemovalPolicy, 'SNAPSHOT'>,
  [update: string, deletion: string]
> = {
  RETAIN: ['Retain', 'Retain'],
  DESTROY: ['Delete', 'Delete'],
  RETAIN_ON_UPDATE_OR_DELETE: ['Retain', 'RetainExceptOnCreate'],
};

/**
 * The RemovalPolicy behind a resource's DeletionPolicy and UpdateReplacePolicy (CloudFormation's
 * default for both is Delete); undefined for pairs no RemovalPolicy renders.
 */
export function removalPolicyOf(
  resource: Record<string, unknown>,
): Exclude<RemovalPolicy, 'SNAPSHOT'> | undefined {
  const deletion = resource.DeletionPolicy ?? 'Delete';
  const update = resource.UpdateReplacePolicy ?? 'Delete';
  const entry = Object.entries(removalPolicies).find(
    ([, pair]) => pair[0] === update && pair[1] === deletion,
  );
  return entry?.[0] as Exclude<RemovalPolicy, 'SNAPSHOT'> | undefined;
}

export function removalPolicyAttributes(removalPolicy: RemovalPolicy | undefined): {
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
} {
  const policy = removalPolicy === 'SNAPSHOT' ? undefined : (removalPolicy ?? 'RETAIN');
  if (!policy) return {};
  const [update, deletion] = removalPolicies[policy];
  return { UpdateReplacePolicy: update, DeletionPolicy: deletion };
}

/** The fields a stateful construct (a repository, a key) sets over its removal policy. */
export interface ResourcePolicyFields {
  removalPolicy?: RemovalPolicy;
  deletionPolicy?: ResourcePolicy;
  updateReplacePolicy?: ResourcePolicy;
}

/** cdk.CfnDeletionPolicy's values, as CloudFormation writes them. */
export const cfnPolicyValues: Record<Exclude<ResourcePolicy, 'NONE'>, string> = {
  DELETE: 'Delete',
  RETAIN: 'Retain',
  RETAIN_EXCEPT_ON_CREATE: 'RetainExceptOnCreate',
  SNAPSHOT: 'Snapshot',
};

function attribute(set: ResourcePolicy | undefined, fromRemoval: string | undefined) {
  if (set === undefined) return fromRemoval;
  return set === 'NONE' ? undefined : cfnPolicyValues[set];
}

/**
 * UpdateReplacePolicy then DeletionPolicy (CfnResource's key order): the removal policy's
 * (default RETAIN), each replaced by the design's own when it sets one.
 */
export function resourcePolicyAttributes(fields: ResourcePolicyFields): {
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
} {
  const base = removalPolicyAttributes(fields.removalPolicy);
  const update = attribute(fields.updateReplacePolicy, base.UpdateReplacePolicy);
  const deletion = attribute(fields.deletionPolicy, base.DeletionPolicy);
  return {
    ...(update === undefined ? {} : { UpdateReplacePolicy: update }),
    ...(deletion === undefined ? {} : { DeletionPolicy: deletion }),
  };
}

/** Whether the code sets anything on the construct's default child. */
export const hasResourceOptions = (fields: ResourcePolicyFields & { logicalId?: string }) =>
  fields.logicalId !== undefined ||
  fields.deletionPolicy !== undefined ||
  fields.updateReplacePolicy !== undefined;
