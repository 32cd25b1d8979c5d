/**
 * The Registry section's help texts, in AWS's words where AWS documents the behaviour:
 * - Creation template prefix (CreateRepositoryCreationTemplate, ECR API Reference): "To apply a
 *   template to all repositories in your registry that don't have an associated creation
 *   template, you can use ROOT as the prefix." and "There is always an assumed / applied to the
 *   end of the prefix."
 *   https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepositoryCreationTemplate.html
 * - Scan frequency (RegistryScanningRule): "When the ENHANCED scan type is specified, the
 *   supported scan frequencies are CONTINUOUS_SCAN and SCAN_ON_PUSH. When the BASIC scan type
 *   is specified, the SCAN_ON_PUSH scan frequency is supported."
 *   https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RegistryScanningRule.html
 * - Pull-time update exclusions: "Pull-time update exclusions allow you to specify IAM role ARNs
 *   that should not update image pull times when they pull images" … "You can configure up to
 *   100 exclusions per account."
 *   https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-time-update-exclusions.html
 */

export const templateHelp: Record<string, string> = {
  id: 'The construct id of the ecr.CfnRepositoryCreationTemplate; it drives the logical ID.',
  logicalId:
    'overrideLogicalId: the logical ID to keep. Changing it replaces the template. Default: derived from the construct id.',
  prefix:
    'Repositories whose names start with this prefix and a / get the template’s settings. ROOT: every repository no other template matches (AWS: “you can use ROOT as the prefix”).',
  appliedFor:
    'How the repositories come to be: PULL_THROUGH_CACHE, REPLICATION or CREATE_ON_PUSH (all three pass aws-cdk-lib 2.276’s validation).',
  description: 'Description of the template. Default: none.',
  imageTagMutability:
    'Whether the created repositories’ tags can be overwritten. Default: MUTABLE (ECR’s).',
  imageTagMutabilityExclusionFilters:
    'Tag filters excepted from the mutability setting; needs a *_WITH_EXCLUSION mode.',
  encryption: 'EncryptionConfiguration.EncryptionType. Default: AES256 (ECR’s).',
  encryptionKey:
    'A key of the design for KMS or KMS_DSSE (EncryptionConfiguration.KmsKey); none uses the AWS managed key.',
  customRoleArn:
    'The role ECR assumes to apply the template; ECR needs one for KMS encryption or resource tags.',
  resourceTags: 'Tags of the repositories the template creates.',
};

export const replicationHelp = {
  region: 'The Region to replicate to, e.g. eu-west-1.',
  registryId:
    'The 12-digit account id of the destination registry (this account for another Region).',
  repositoryFilters:
    'Repository name prefixes (PREFIX_MATCH); none replicates every repository. Lifecycle policies are not replicated: destinations get their creation template’s.',
};

export const pullThroughHelp: Record<string, string> = {
  ecrRepositoryPrefix:
    'Prefix of the repositories the rule creates (ROOT for none); a creation template with the same prefix gives them their settings.',
  upstreamRegistry: 'The upstream registry the rule caches.',
  upstreamRegistryUrl: 'The upstream registry URL, e.g. public.ecr.aws or registry-1.docker.io.',
  upstreamRepositoryPrefix: 'Prefix of the upstream repositories (ROOT for all). Default: none.',
  credentialArn:
    'Secrets Manager secret with the upstream credentials; its name starts with ecr-pullthroughcache/.',
  customRoleArn: 'The role ECR assumes to pull from an upstream ECR registry.',
};

export const scanningHelp = {
  scanType: 'BASIC, or ENHANCED (Amazon Inspector).',
  scanFrequency:
    'AWS: “When the ENHANCED scan type is specified, the supported scan frequencies are CONTINUOUS_SCAN and SCAN_ON_PUSH. When the BASIC scan type is specified, the SCAN_ON_PUSH scan frequency is supported.”',
  repositoryFilters: 'Repository name filters with * wildcards (WILDCARD), e.g. prod-* or *.',
};

export const signingHelp = {
  signingProfileArn:
    'ARN of the AWS Signer signing profile, e.g. arn:aws:signer:…:/signing-profiles/name.',
  repositoryFilters: 'Repository name filters with * wildcards; none signs every repository.',
};

export const exclusionHelp = {
  principal:
    'AWS: “Pull-time update exclusions allow you to specify IAM role ARNs that should not update image pull times when they pull images” (e.g. a scanner’s role), so sinceImagePulled rules are not reset by it.',
  principalArn: 'ARN of the IAM role or user.',
};
