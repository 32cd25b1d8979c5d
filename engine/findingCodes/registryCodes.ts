/**
 * The codes of the registry part's findings (issue 17) that this designer reports: what ECR or
 * CloudFormation refuses at deploy (docs/registry-checks.md, with AWS's texts), and what is
 * legal but likely wrong. aws-cdk-lib's own synth-time findings on these resources (patterns,
 * lengths, item counts, duplicate primary identifiers) have codes of their own.
 */
export const registryCodes = {
  /** A value outside the values CloudFormation's resource schema allows (CDK only warns). */
  registryValueNotAllowed: 'registry-value-not-allowed',
  /** A creation template applied for no way of creation. */
  templateAppliedForEmpty: 'template-applied-for-empty',
  /** A creation template with KMS encryption or resource tags and no customRoleArn. */
  templateRoleMissing: 'template-role-missing',
  /** A KMS key on a creation template encrypted with AES256. */
  templateKeyWithAes256: 'template-key-with-aes256',
  /** Exclusion filters without a *_WITH_EXCLUSION mode, or such a mode without filters. */
  templateExclusionMismatch: 'template-exclusion-mismatch',
  /** Two prefixes ECR reads as one (`prod` and `prod/`). */
  registryPrefixDuplicate: 'registry-prefix-duplicate',
  /** More replication or signing rules than ECR allows. */
  registryTooManyRules: 'registry-too-many-rules',
  /** CONTINUOUS_SCAN under BASIC scanning. */
  continuousScanWithoutEnhanced: 'continuous-scan-without-enhanced',
  /** Two scanning rules with one frequency. */
  scanFrequencyTwice: 'scan-frequency-twice',
  /** A pull-through cache rule without a field ECR requires. */
  pullThroughFieldMissing: 'pull-through-field-missing',
  /** An upstream URL that is not the form AWS documents for its upstream registry. */
  upstreamUrlMismatch: 'upstream-url-mismatch',
  /** An upstream registry that needs a Secrets Manager secret, without credentialArn. */
  upstreamCredentialMissing: 'upstream-credential-missing',
  /** An ECR upstream without the role ECR assumes to pull from it. */
  upstreamRoleMissing: 'upstream-role-missing',
  /** An upstream repository prefix on a ROOT pull-through cache rule. */
  upstreamPrefixUnderRoot: 'upstream-prefix-under-root',
  /** Credentials for an upstream registry AWS documents as needing none. */
  upstreamCredentialUnused: 'upstream-credential-unused',
  /** A replicated repository whose lifecycle rules its destinations do not get. */
  lifecycleNotReplicated: 'lifecycle-not-replicated',
  /** A pull-through cache prefix whose repositories get no lifecycle rules. */
  pullThroughUnbounded: 'pull-through-unbounded',
  /** A sinceImagePulled rule under ENHANCED scanning with no pull-time update exclusion. */
  pulledRuleWithoutExclusion: 'pulled-rule-without-exclusion',
  /** A ROOT template that leaves created repositories mutable beside immutable ones of the design. */
  rootTemplateMutable: 'root-template-mutable',
  /** A ROOT template with AES256 beside repositories of the design encrypted with KMS. */
  rootTemplateUnencrypted: 'root-template-unencrypted',
} as const;
