/**
 * The rows every construct with a CloudFormation resource shares: the logical ID to keep
 * (CfnElement.overrideLogicalId) and, on stateful resources, the DeletionPolicy and
 * UpdateReplacePolicy set over the removal policy (cfnOptions). None is a CDK prop: the code
 * sets them on the construct's default child after creating it (engine/cdk/resourceOptions.ts).
 */
import { membersOf, ResourcePolicy } from '../enums';
import { oneOf, string } from '../schemaKit';
import { property } from './property';

const policies = membersOf(ResourcePolicy);

/** A logical ID to keep: any text, so that CDK's and CloudFormation's own checks explain it. */
export const logicalIdSchema = (what: string) =>
  string({
    description: `Logical ID to keep for the ${what} (overrideLogicalId); changing it replaces the resource.`,
    minLength: 1,
    maxLength: 1000,
  });

const logicalIdSamples = {
  wild: {
    values: ['EcrRepository', 'Kept1', 'not-alphanumeric', 'BootstrapVersion', 'L'.repeat(256)],
    freq: 3,
  },
  tidy: { values: ['EcrRepository', 'KeptLogicalId', 'Legacy2'], freq: 4 },
};

/** The `logicalId` row, with a form field in `group`. */
export const logicalIdRow = <const F extends string = 'logicalId'>(
  what: string,
  group: string,
  field: F = 'logicalId' as F,
) =>
  property({
    field,
    schema: logicalIdSchema(what),
    form: {
      label:
        field === 'logicalId'
          ? 'Logical ID (kept)'
          : `${what[0]!.toUpperCase()}${what.slice(1)} logical ID (kept)`,
      group,
      widget: { kind: 'text', placeholder: 'derived from the construct id' },
    },
    samples: logicalIdSamples,
    probe:
      field === 'aliasLogicalId'
        ? { value: 'KeptAlias', base: { alias: 'images' } }
        : { value: 'KeptLogicalId' },
  });

/**
 * The `logicalId` row of the constructs without a property table of their own (users, roles,
 * topics, queues): their cards show it as the tables' rows show.
 */
export const entityLogicalIdRows = [logicalIdRow('resource', 'Resource')] as const;

/** The `deletionPolicy` and `updateReplacePolicy` rows, in that order. */
export const resourcePolicyRows = (group: string) =>
  [
    property({
      field: 'deletionPolicy',
      schema: policyField('DeletionPolicy'),
      form: {
        label: 'DeletionPolicy',
        group,
        widget: { kind: 'select', members: policies, defaultLabel: 'From the removal policy' },
      },
      samples: policySamples,
      probe: { value: 'DELETE' },
    }),
    property({
      field: 'updateReplacePolicy',
      schema: policyField('UpdateReplacePolicy'),
      form: {
        label: 'UpdateReplacePolicy',
        group,
        widget: { kind: 'select', members: policies, defaultLabel: 'From the removal policy' },
      },
      samples: policySamples,
      probe: { value: 'DELETE' },
    }),
  ] as const;

function policyField(attribute: string) {
  return oneOf(policies, `${attribute} over the removal policy's; NONE leaves it out.`);
}

const policySamples = {
  wild: { values: policies, freq: 3 },
  tidy: { values: ['DELETE', 'RETAIN', 'NONE'], freq: 4 },
};
