/**
 * The AWS pages the registry's matching rules and checks follow, once each, so that a result,
 * a finding and the docs cite the same text. Each entry: the page, and AWS's words quoted.
 */
export interface AwsSource {
  url: string;
  quote: string;
}

const userGuide = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const apiReference = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';

export const awsSources = {
  templatePrefix: {
    url: `${apiReference}/API_CreateRepositoryCreationTemplate.html`,
    quote:
      'For example, a prefix of prod would apply to all repositories beginning with prod/. … To apply a template to all repositories in your registry that don’t have an associated creation template, you can use ROOT as the prefix. There is always an assumed / applied to the end of the prefix.',
  },
  templateCustomRole: {
    url: `${userGuide}/repository-creation-templates-create.html`,
    quote:
      'If you intend to use KMS keys, resource tags, or a combination of both in one or more templates, you need to: Create a custom policy for repository creation templates. Create an IAM role for repository creation templates.',
  },
  templateDefaults: {
    url: `${apiReference}/API_RepositoryCreationTemplate.html`,
    quote:
      'If this parameter is omitted, the default setting of MUTABLE will be used which will allow image tags to be overwritten.',
  },
  templateKmsKey: {
    url: `${apiReference}/API_EncryptionConfigurationForRepositoryCreationTemplate.html`,
    quote:
      'If you use the KMS encryption type, specify the KMS key to use for encryption. … If no key is specified, the default Amazon Web Services managed KMS key for Amazon ECR will be used.',
  },
  replicationFilter: {
    url: `${apiReference}/API_RepositoryFilter.html`,
    quote:
      'When the PREFIX_MATCH filter type is specified, this value is required and should be the repository name prefix to configure replication for. … If no repository filter is specified, all images in the repository are replicated.',
  },
  replicationName: {
    url: `${userGuide}/replication.html`,
    quote:
      'The repository name will remain the same across Regions and accounts when replication has occurred.',
  },
  replicationQuotas: {
    url: `${apiReference}/API_ReplicationRule.html`,
    quote:
      'rules: Maximum number of 10 items. destinations: Maximum number of 100 items. repositoryFilters: Minimum number of 1 item. Maximum number of 100 items.',
  },
  scanningFilters: {
    url: `${userGuide}/image-scanning-filters.html`,
    quote:
      'A filter with no wildcard will match all repository names that contain the filter. A filter with a wildcard (*) matches on any repository name where the wildcard replaces zero or more characters in the repository name.',
  },
  scanningBoth: {
    url: `${userGuide}/image-scanning-filters.html`,
    quote:
      'Any repositories not matching a basic scanning scan on push filter will be set to the manual scan frequency … Any repositories not matching an enhanced scanning filter will have scanning disabled. … where multiple filters match the same repository, then Amazon ECR enforces the continuous scanning filter over the scan on push filter for that repository.',
  },
  scanningFrequencies: {
    url: `${apiReference}/API_RegistryScanningRule.html`,
    quote:
      'When the ENHANCED scan type is specified, the supported scan frequencies are CONTINUOUS_SCAN and SCAN_ON_PUSH. When the BASIC scan type is specified, the SCAN_ON_PUSH scan frequency is supported.',
  },
  scanningDefault: {
    url: `${apiReference}/API_PutRegistryScanningConfiguration.html`,
    quote:
      'When a registry scanning configuration is not defined, by default the BASIC scan type is used. … rules: Maximum number of 2 items.',
  },
  pullThroughPrefix: {
    url: `${userGuide}/pull-through-cache-private-wildcards.html`,
    quote:
      'For example, a prefix of prod applies to all repositories beginning with prod/. … There is always an assumed / applied to the end of the prefix. … The upstream repository prefix … By default, it’s set to ROOT, which allows matching with any upstream repository. You can set the upstream repository prefix only when the Amazon ECR repository prefix has a non-ROOT value.',
  },
  pullThroughUpstreams: {
    url: `${userGuide}/pull-through-cache.html`,
    quote:
      'Amazon ECR Public, Kubernetes container image registry, and Quay (doesn’t require authentication); Docker Hub, Microsoft Azure Container Registry, GitHub Container Registry, GitLab Container Registry and Chainguard Registry (requires authentication with AWS Secrets Manager secret); Amazon ECR (requires authentication with AWS IAM role)',
  },
  pullThroughUrls: {
    url: `${apiReference}/API_CreatePullThroughCacheRule.html`,
    quote:
      'Amazon ECR (ecr) – <accountId>.dkr.ecr.<region>.amazonaws.com; Amazon ECR Public (ecr-public) – public.ecr.aws; Docker Hub (docker-hub) – registry-1.docker.io; GitHub Container Registry (github-container-registry) – ghcr.io; GitLab Container Registry (gitlab-container-registry) – registry.gitlab.com; Kubernetes (k8s) – registry.k8s.io; Microsoft Azure Container Registry (azure-container-registry) – <custom>.azurecr.io; Quay (quay) – quay.io',
  },
  signingFilters: {
    url: `${apiReference}/API_SigningRepositoryFilter.html`,
    quote:
      'When using WILDCARD_MATCH, the * character matches any sequence of characters. Examples: myapp/* - Matches all repositories starting with myapp/ …',
  },
  signingRules: {
    url: `${apiReference}/API_SigningRule.html`,
    quote:
      'If no filters are specified, all images pushed to the registry are signed using the rule’s signing profile. Maximum of 100 filters per rule. … When an image is pushed to a matching repository, a signing job is created using the specified profile.',
  },
  signingQuota: {
    url: `${apiReference}/API_SigningConfiguration.html`,
    quote: 'A list of signing rules. … Maximum of 10 rules.',
  },
  templateNoMatch: {
    url: `${userGuide}/repository-creation-templates.html`,
    quote:
      'When there isn’t a repository creation template that matches your pull through cache rule or replicated repository, Amazon ECR uses the default settings for the new repository. These default settings include turning off tag immutability, using AES-256 encryption, and not applying any repository or lifecycle policies.',
  },
  pullTimeScanners: {
    url: `${userGuide}/pull-time-update-exclusions.html`,
    quote:
      'Amazon ECR updates the LastRecordedPullTime timestamp on every pull, except pulls by AWS Inspector. … such as for pulls by third-party scanners (like Crowdstrike, Snyk, and Trivy).',
  },
  pullTimeExclusion: {
    url: `${apiReference}/API_RegisterPullTimeUpdateExclusion.html`,
    quote:
      'Adds an IAM principal to the pull time update exclusion list for a registry. Amazon ECR will not record the pull time if an excluded principal pulls an image.',
  },
} as const satisfies Record<string, AwsSource>;

export type AwsSourceName = keyof typeof awsSources;
