/**
 * The design's `registry` part (format version 1, optional): the registry-level resources
 * around the repositories, each rendered with aws-cdk-lib's L1 construct (CfnRepositoryCreation-
 * Template, CfnReplicationConfiguration, CfnPullThroughCacheRule, CfnRegistryScanningConfiguration,
 * CfnSigningConfiguration, CfnPullTimeUpdateExclusion, CfnRegistryPolicy).
 *
 * L1 values are CloudFormation's (AES256, PULL_THROUGH_CACHE, SCAN_ON_PUSH…), not CDK enum
 * member names: there is no L2 enum for them. Enum-like strings are free text in the format, so
 * that an imported value ECR refuses is kept and shown as a finding instead of being lost.
 * Filter types are fixed per resource (PREFIX_MATCH, WILDCARD, WILDCARD_MATCH); the design holds
 * the filter strings only.
 */
import { entityLimits, list, reference, text } from './entityFields';
import { policyStatementSchema } from './entitySchemas';
import { creationTemplateProperties } from './properties/creationTemplateProperties';
import { shapeOf } from './properties/property';
import { logicalIdSchema } from './properties/resourceOptionProperties';
import { arrayOf, type Infer, objectOf, string } from './schemaKit';

const singletonId = (what: string, fallback: string) =>
  string({
    description: `Construct id of the ${what}; default ${fallback}. It drives the logical ID.`,
    minLength: 1,
    maxLength: 1000,
  });
const constructIdOf = (what: string) =>
  string({
    description: `Construct id of the ${what}, unique in the stack; it drives the logical ID.`,
    minLength: 1,
    maxLength: 1000,
  });

/** The defaults of the singletons' construct ids. */
export const registryDefaultIds = {
  replication: 'Replication',
  scanning: 'ScanningConfiguration',
  signing: 'SigningConfiguration',
  policy: 'RegistryPolicy',
} as const;

export const creationTemplateSchema = objectOf(
  shapeOf(creationTemplateProperties),
  'A repository creation template (ecr.CfnRepositoryCreationTemplate).',
  ['id', 'prefix', 'appliedFor'],
);

const replicationRuleSchema = objectOf(
  {
    destinations: arrayOf(
      objectOf(
        {
          region: text('The Region to replicate to.'),
          registryId: text('The account id (12 digits) of the destination registry.'),
        },
        'A replication destination.',
        ['region', 'registryId'],
      ),
      'Where the rule replicates to.',
      entityLimits.listEntries,
    ),
    repositoryFilters: list(
      text('a repository name prefix (PREFIX_MATCH)'),
      'Repository name prefixes (PREFIX_MATCH); none replicates every repository.',
    ),
  },
  'A replication rule.',
  ['destinations'],
);

export const replicationSchema = objectOf(
  {
    id: singletonId('replication configuration', registryDefaultIds.replication),
    logicalId: logicalIdSchema('replication configuration'),
    rules: arrayOf(replicationRuleSchema, 'Replication rules, in order.', entityLimits.listEntries),
  },
  'The registry’s replication configuration (ecr.CfnReplicationConfiguration).',
  ['rules'],
);

export const pullThroughCacheRuleSchema = objectOf(
  {
    id: constructIdOf('pull-through cache rule'),
    logicalId: logicalIdSchema('pull-through cache rule'),
    ecrRepositoryPrefix: text('Prefix of the repositories the rule creates (ROOT for none).'),
    upstreamRegistry: text(
      'The upstream registry: ecr, ecr-public, quay, k8s, docker-hub, github-container-registry, azure-container-registry, gitlab-container-registry or chainguard.',
    ),
    upstreamRegistryUrl: text('The upstream registry URL, e.g. registry-1.docker.io.'),
    upstreamRepositoryPrefix: text('Prefix of the upstream repositories (ROOT for all).'),
    credentialArn: text(
      'Secrets Manager secret with the upstream credentials (ecr-pullthroughcache/…).',
    ),
    customRoleArn: text('Role ECR assumes to pull from an upstream ECR registry.'),
  },
  'A pull-through cache rule (ecr.CfnPullThroughCacheRule).',
  ['id'],
);

export const scanningSchema = objectOf(
  {
    id: singletonId('registry scanning configuration', registryDefaultIds.scanning),
    logicalId: logicalIdSchema('registry scanning configuration'),
    scanType: text('BASIC or ENHANCED.'),
    rules: arrayOf(
      objectOf(
        {
          scanFrequency: text('SCAN_ON_PUSH, CONTINUOUS_SCAN (ENHANCED only) or MANUAL.'),
          repositoryFilters: list(
            text('a repository name filter with * wildcards (WILDCARD)'),
            'Repositories the rule scans (WILDCARD filters).',
          ),
        },
        'A scanning rule.',
        ['scanFrequency', 'repositoryFilters'],
      ),
      'Scanning rules (ECR allows two: one per frequency).',
      entityLimits.listEntries,
    ),
  },
  'The registry’s scanning configuration (ecr.CfnRegistryScanningConfiguration).',
  ['scanType', 'rules'],
);

export const signingSchema = objectOf(
  {
    id: singletonId('signing configuration', registryDefaultIds.signing),
    logicalId: logicalIdSchema('signing configuration'),
    rules: arrayOf(
      objectOf(
        {
          signingProfileArn: text('ARN of the AWS Signer signing profile.'),
          repositoryFilters: list(
            text('a repository name filter with * wildcards (WILDCARD_MATCH)'),
            'Repositories the rule signs (WILDCARD_MATCH filters); none signs every repository.',
          ),
        },
        'A signing rule.',
        ['signingProfileArn'],
      ),
      'Signing rules, in order.',
      entityLimits.listEntries,
    ),
  },
  'The registry’s signing configuration (ecr.CfnSigningConfiguration).',
  ['rules'],
);

export const pullTimeUpdateExclusionSchema = objectOf(
  {
    id: constructIdOf('pull-time update exclusion'),
    logicalId: logicalIdSchema('pull-time update exclusion'),
    principalArn: text('ARN of the IAM role or user whose pulls do not update the pull time.'),
    principal: reference('a role or user of the design (its ARN is used)'),
  },
  'A pull-time update exclusion (ecr.CfnPullTimeUpdateExclusion): principalArn or principal, exactly one.',
  ['id'],
);

export const registryPolicySchema = objectOf(
  {
    id: singletonId('registry policy', registryDefaultIds.policy),
    logicalId: logicalIdSchema('registry policy'),
    statements: arrayOf(
      policyStatementSchema,
      'The registry policy’s statements, in order.',
      entityLimits.entities,
    ),
  },
  'The registry’s permissions policy (ecr.CfnRegistryPolicy).',
  ['statements'],
);

export const registrySchema = objectOf(
  {
    creationTemplates: arrayOf(
      creationTemplateSchema,
      'Repository creation templates, in construct order.',
      entityLimits.entities,
    ),
    replication: replicationSchema,
    pullThroughCacheRules: arrayOf(
      pullThroughCacheRuleSchema,
      'Pull-through cache rules, in construct order.',
      entityLimits.entities,
    ),
    scanning: scanningSchema,
    signing: signingSchema,
    pullTimeUpdateExclusions: arrayOf(
      pullTimeUpdateExclusionSchema,
      'Pull-time update exclusions, in construct order.',
      entityLimits.entities,
    ),
    policy: registryPolicySchema,
  },
  'The registry-level resources, created after the repositories in this order.',
);

export type RegistryDesign = Infer<typeof registrySchema>;
export type CreationTemplateDesign = Infer<typeof creationTemplateSchema>;
export type ReplicationDesign = Infer<typeof replicationSchema>;
export type PullThroughCacheRuleDesign = Infer<typeof pullThroughCacheRuleSchema>;
export type ScanningDesign = Infer<typeof scanningSchema>;
export type SigningDesign = Infer<typeof signingSchema>;
export type PullTimeUpdateExclusionDesign = Infer<typeof pullTimeUpdateExclusionSchema>;
export type RegistryPolicyDesign = Infer<typeof registryPolicySchema>;
