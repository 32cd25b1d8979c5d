/**
 * What a design sets on a construct's CloudFormation resource after creating it, straight from
 * the format's documentation: `logicalId` → overrideLogicalId; `deletionPolicy` and
 * `updateReplacePolicy` → cfnOptions (a cdk.CfnDeletionPolicy member), NONE → the attribute
 * removed with addDeletionOverride.
 */
import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Design } from '../../engine/index';
import { cdk, iam, sns, sqs } from './cdkLib';
import type { Entities } from './entities';

interface Options {
  logicalId?: string;
  deletionPolicy?: string;
  updateReplacePolicy?: string;
}

function setPolicy(
  resource: CfnResource,
  option: 'deletionPolicy' | 'updateReplacePolicy',
  value: string | undefined,
): void {
  if (value === undefined) return;
  if (value === 'NONE')
    resource.addDeletionOverride(
      option === 'deletionPolicy' ? 'DeletionPolicy' : 'UpdateReplacePolicy',
    );
  else
    resource.cfnOptions[option] =
      cdk.CfnDeletionPolicy[value as keyof typeof cdk.CfnDeletionPolicy];
}

/** Applies the options to the L1 below `construct` (its node.defaultChild). */
export function applyResourceOptions(construct: IConstruct, options: Options): void {
  const resource = construct.node.defaultChild as CfnResource;
  if (options.logicalId !== undefined) resource.overrideLogicalId(options.logicalId);
  setPolicy(resource, 'deletionPolicy', options.deletionPolicy);
  setPolicy(resource, 'updateReplacePolicy', options.updateReplacePolicy);
}

/**
 * `policyLogicalId` of principals, topics and queues: the policy CDK added below each as grants
 * and event targets reached it (an iam.Policy, sns.TopicPolicy or sqs.QueuePolicy child) keeps
 * that logical ID. An entity no statement reached has no policy, and nothing is set.
 */
export function keepPolicyLogicalIds(design: Design, entities: Entities): void {
  const keep = (owner: unknown, policyLogicalId: string | undefined) => {
    if (policyLogicalId === undefined || owner === undefined) return;
    const policy = (owner as IConstruct).node.children.find(
      (child) =>
        child instanceof iam.Policy ||
        child instanceof sns.TopicPolicy ||
        child instanceof sqs.QueuePolicy,
    );
    if (policy) applyResourceOptions(policy, { logicalId: policyLogicalId });
  };
  for (const p of design.principals ?? [])
    if ('policyLogicalId' in p) keep(entities.principals.get(p.id), p.policyLogicalId);
  for (const t of design.topics ?? []) keep(entities.topics.get(t.id), t.policyLogicalId);
  for (const q of design.queues ?? []) keep(entities.queues.get(q.id), q.policyLogicalId);
}
