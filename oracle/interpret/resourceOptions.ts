/**
 * What a design sets on a construct's CloudFormation resource after creating it, straight from
 * the format's documentation: `logicalId` → overrideLogicalId; `deletionPolicy` and
 * `updateReplacePolicy` → cfnOptions (a cdk.CfnDeletionPolicy member), NONE → the attribute
 * removed with addDeletionOverride.
 */
import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { cdk } from './cdkLib';

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
