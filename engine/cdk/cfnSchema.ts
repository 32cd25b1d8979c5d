/**
 * The constraints of CloudFormation's resource schemas that aws-cdk-lib 2.276.0 checks at synth
 * (its built-in validation, `@aws/cloudformation-validate` 1.14.0, bundles the schemas), for
 * every property the engine writes from the design. Copied from those bundled schemas;
 * cfnSchema.oracle.test.ts probes the real validator with every row, so the two cannot drift.
 *
 * Left out: properties the engine writes only as tokens (Ref, Fn::GetAtt) or as CDK's constants
 * (Lambda Action and Principal, State), enum values the design format already restricts, and
 * policy documents (objects: a string constraint does not apply to them; their rules are rego
 * rules, see docs/cdk-parity.md). Names CDK derives from construct ids are kept.
 */

/** A property below `Properties`; `'*'` stands for every item of an array. */
export type CfnPropertyPath = readonly string[];

export type CfnConstraint =
  | { keyword: 'pattern'; limit: string }
  /** A named format of the validator (cfnSchemaCheck.ts holds each one's pattern). */
  | { keyword: 'format'; limit: string }
  | { keyword: 'uniqueItems'; limit: true }
  | { keyword: 'minLength' | 'maxLength' | 'minItems' | 'maxItems'; limit: number };

export type CfnConstraintRow = CfnConstraint & {
  type: string;
  path: CfnPropertyPath;
  /**
   * aws-cdk-lib's own check rejects the value first (at construction or in a node validation),
   * so the template is never validated: true for every value, or a test of the value.
   */
  checkedByCdkFirst?: true | ((value: string) => boolean);
};

const ecrRepositoryName = String.raw`^(?=.{2,256}$)([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*)$`;
const lambdaFunctionName = String.raw`^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$`;
const eventsName = String.raw`^[\.\-_A-Za-z0-9]+$`;
const creationTemplatePrefix = String.raw`^([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?|ROOT)$`;
const creationTemplateRoleArn = '^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,-.@_]*$';
/** ECR's repository-prefix pattern (pull-through cache rules), ROOT for none. */
const ecrPrefix = String.raw`^([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?|ROOT)$`;
const ptcSecret = String.raw`^arn:[a-zA-Z-]+:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\-pullthroughcache\/[a-zA-Z0-9\/_+=.@-]+$`;
const iamUserOrRole = String.raw`^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\w+=,.@-]+(/[\w+=,.@-]+)*$`;
const signerProfile = String.raw`^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,}$`;
const signingFilter = '^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$';
const scanningFilter = String.raw`^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$`;
const replicationFilter = '^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$';

/** `repositoryName: ''` is the one invalid name CDK's Repository lets through. */
const nonEmpty = (value: string) => value !== '';

type Rows = [
  path: CfnPropertyPath,
  constraints: CfnConstraint[],
  cdkFirst?: true | typeof nonEmpty,
];

const rows = (type: string, entries: Rows[]): CfnConstraintRow[] =>
  entries.flatMap(([path, constraints, checkedByCdkFirst]) =>
    constraints.map((constraint) => ({
      type,
      path,
      ...constraint,
      ...(checkedByCdkFirst ? { checkedByCdkFirst } : {}),
    })),
  );

const pattern = (limit: string): CfnConstraint => ({ keyword: 'pattern', limit });
const roleArnFormat: CfnConstraint = { keyword: 'format', limit: 'AWS::IAM::Role.Arn' };
const length = (min: number, max: number): CfnConstraint[] => [
  ...(min > 0 ? [{ keyword: 'minLength' as const, limit: min }] : []),
  { keyword: 'maxLength', limit: max },
];
const unique: CfnConstraint = { keyword: 'uniqueItems', limit: true };
const items = (min: number, max: number): CfnConstraint[] => [
  ...(min > 0 ? [{ keyword: 'minItems' as const, limit: min }] : []),
  { keyword: 'maxItems', limit: max },
];

/** Every row, grouped by resource type in the order the schemas list the properties. */
export const cfnConstraintRows: readonly CfnConstraintRow[] = [
  ...rows('AWS::ECR::Repository', [
    [['EncryptionConfiguration', 'KmsKey'], length(1, 2048)],
    [['ImageTagMutabilityExclusionFilters'], items(1, 5), true],
    [
      ['ImageTagMutabilityExclusionFilters', '*', 'ImageTagMutabilityExclusionFilterValue'],
      [pattern('^[0-9a-zA-Z._*-]{1,128}'), ...length(1, 128)],
      true,
    ],
    [['LifecyclePolicy', 'LifecyclePolicyText'], length(100, 30_720)],
    [
      ['LifecyclePolicy', 'RegistryId'],
      [pattern('^[0-9]{12}$'), ...length(12, 12)],
    ],
    [['RepositoryName'], [pattern(ecrRepositoryName), ...length(2, 256)], nonEmpty],
    [['Tags'], [{ keyword: 'maxItems', limit: 50 }]],
    [['Tags', '*', 'Key'], length(1, 127)],
    [['Tags', '*', 'Value'], length(1, 255)],
  ]),
  ...rows('AWS::ECR::RepositoryCreationTemplate', [
    [['AppliedFor'], [unique]],
    [
      ['CustomRoleArn'],
      [
        pattern(creationTemplateRoleArn),
        { keyword: 'format', limit: 'AWS::IAM::Role.Arn' },
        ...length(0, 2048),
      ],
    ],
    [['Description'], length(0, 256)],
    [['EncryptionConfiguration', 'KmsKey'], length(1, 2048)],
    [['ImageTagMutabilityExclusionFilters'], items(1, 5)],
    [
      ['ImageTagMutabilityExclusionFilters', '*', 'ImageTagMutabilityExclusionFilterValue'],
      [pattern('^[0-9a-zA-Z._*-]{1,128}'), ...length(1, 128)],
    ],
    [['LifecyclePolicy'], length(100, 30_720)],
    [['Prefix'], [pattern(creationTemplatePrefix), ...length(1, 256)]],
    [['RepositoryPolicy'], length(0, 10_240)],
    [['ResourceTags'], [{ keyword: 'maxItems', limit: 50 }, unique]],
    [['ResourceTags', '*', 'Key'], length(1, 128)],
    [['ResourceTags', '*', 'Value'], length(0, 256)],
  ]),
  ...rows('AWS::KMS::Key', [[['Description'], length(0, 8192)]]),
  ...rows('AWS::KMS::Alias', [
    [['AliasName'], [pattern('^(alias/)[a-zA-Z0-9:/_-]+$'), ...length(1, 256)], true],
  ]),
  ...rows('AWS::IAM::Policy', [
    [['PolicyName'], [pattern(String.raw`^[\w+=,.@-]+$`), ...length(1, 128)]],
  ]),
  ...rows('AWS::Events::Rule', [
    [['Description'], length(0, 512)],
    [['Name'], [pattern(eventsName), ...length(1, 64)], true],
    [['Tags', '*', 'Key'], length(1, 128)],
    [['Tags', '*', 'Value'], length(0, 256)],
    [['Targets'], [{ keyword: 'maxItems', limit: 5 }], true],
    [['Targets', '*', 'Arn'], length(1, 1600)],
    [
      ['Targets', '*', 'Id'],
      [pattern(eventsName), ...length(1, 64)],
    ],
  ]),
  // The registry's L1s (registryResources.ts). CustomRoleArn has the validator's format
  // 'AWS::IAM::Role.Arn' (its pattern: cfnSchemaCheck.ts formatPatterns). Not checked: the enum values (ScanType, ScanFrequency, FilterType,
  // UpstreamRegistry), which the validator does not fail the synth on.
  ...rows('AWS::ECR::PullThroughCacheRule', [
    [['CredentialArn'], [pattern(ptcSecret), ...length(50, 612)]],
    [['CustomRoleArn'], [roleArnFormat, ...length(0, 2048)]],
    [['EcrRepositoryPrefix'], [pattern(ecrPrefix), ...length(2, 30)]],
    [['UpstreamRepositoryPrefix'], [pattern(ecrPrefix), ...length(2, 30)]],
  ]),
  ...rows('AWS::ECR::PullTimeUpdateExclusion', [
    [['PrincipalArn'], [pattern(iamUserOrRole), ...length(0, 200)]],
  ]),
  ...rows('AWS::ECR::RegistryScanningConfiguration', [
    [['Rules'], items(0, 2)],
    [['Rules', '*', 'RepositoryFilters'], items(0, 100)],
    [
      ['Rules', '*', 'RepositoryFilters', '*', 'Filter'],
      [pattern(scanningFilter), ...length(1, 255)],
    ],
  ]),
  ...rows('AWS::ECR::ReplicationConfiguration', [
    [['ReplicationConfiguration', 'Rules', '*', 'Destinations'], items(1, 100)],
    [
      ['ReplicationConfiguration', 'Rules', '*', 'Destinations', '*', 'Region'],
      [pattern('[0-9a-z-]{2,25}')],
    ],
    [
      ['ReplicationConfiguration', 'Rules', '*', 'Destinations', '*', 'RegistryId'],
      [pattern('^[0-9]{12}$')],
    ],
    [['ReplicationConfiguration', 'Rules', '*', 'RepositoryFilters'], items(0, 100)],
    [
      ['ReplicationConfiguration', 'Rules', '*', 'RepositoryFilters', '*', 'Filter'],
      [pattern(replicationFilter), ...length(2, 256)],
    ],
  ]),
  ...rows('AWS::ECR::SigningConfiguration', [
    [['Rules', '*', 'RepositoryFilters'], items(1, 100)],
    [
      ['Rules', '*', 'RepositoryFilters', '*', 'Filter'],
      [pattern(signingFilter), ...length(1, 256)],
    ],
    [
      ['Rules', '*', 'SigningProfileArn'],
      [pattern(signerProfile), ...length(0, 200)],
    ],
  ]),
  ...rows('AWS::Lambda::Permission', [
    [['FunctionName'], [pattern(lambdaFunctionName), ...length(1, 140)]],
  ]),
];

/** The rows of one resource type. */
export function constraintRowsOf(type: string): readonly CfnConstraintRow[] {
  let list = rowsByType.get(type);
  if (list === undefined) {
    list = cfnConstraintRows.filter((row) => row.type === type);
    rowsByType.set(type, list);
  }
  return list;
}

const rowsByType = new Map<string, readonly CfnConstraintRow[]>();
