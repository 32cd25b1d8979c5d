/**
 * The codes of what the import (a template, a lifecycle policy, AWS CLI output) cannot carry
 * into a design. Most are warnings: the rest of the input is imported.
 */
export const importCodes = {
  /** What reading the YAML warned of. */
  yamlWarning: 'yaml-warning',
  /** A template section other than Resources, which a design does not hold. */
  sectionLeftOut: 'section-left-out',
  /** A resource of a type the import does not read. */
  resourceLeftOut: 'resource-left-out',
  /** A field of the input that a design cannot hold. */
  fieldLeftOut: 'field-left-out',
  /** A property value of an unexpected type. */
  propertyUnreadable: 'property-unreadable',
  /** An intrinsic function where the import needs a literal. */
  intrinsicNotFollowed: 'intrinsic-not-followed',
  /** A repository Condition, which a design cannot hold. */
  conditionIgnored: 'condition-ignored',
  /** A template without a repository or another entity to import. */
  noRepositoryInTemplate: 'no-repository-in-template',
  /** describe-repositories output without a repository. */
  noRepositoryDescribed: 'no-repository-described',
  /** A described repository without repositoryName. */
  repositoryUnreadable: 'repository-unreadable',
  /** get-lifecycle-policy's registryId, which a design names otherwise. */
  registryIdLeftOut: 'registry-id-left-out',
  /** Rendering the design gives a resource another logical ID than the template's. */
  logicalIdChanges: 'logical-id-changes',
  /** A resource the imported design renders differently, adds or leaves out. */
  renderDiffers: 'render-differs',
  /** The ids the import chose make a design CDK refuses (ids the template cannot tell). */
  importedDesignRefused: 'imported-design-refused',
  /** A stack name a design cannot take; the default is used. */
  stackNameReplaced: 'stack-name-replaced',
  /** DeletionPolicy and UpdateReplacePolicy that no CDK RemovalPolicy writes. */
  removalPolicyUnknown: 'removal-policy-unknown',
  /** A KmsKey that is neither a key of the template nor a key ARN. */
  kmsKeyUnknown: 'kms-key-unknown',
  /** An EncryptionType ECR does not have. */
  encryptionTypeUnknown: 'encryption-type-unknown',
  /** A tag without a literal Key and Value. */
  tagUnreadable: 'tag-unreadable',
  /** An exclusion filter without a literal value. */
  exclusionFilterUnreadable: 'exclusion-filter-unreadable',
  /** A role whose trust policy is not one service or one account. */
  roleTrustUnsupported: 'role-trust-unsupported',
  /** A role named by a policy whose ARN the template never shows. */
  roleArnUnknown: 'role-arn-unknown',
  /** An event rule no repository method makes. */
  eventRuleUnsupported: 'event-rule-unsupported',
  /** An event target other than a topic, queue or function. */
  targetUnsupported: 'target-unsupported',
  /** An identity policy of no single user or role of the template. */
  policyOwnerUnsupported: 'policy-owner-unsupported',
  /** An identity policy with statements other than grants. */
  policyStatementsUnsupported: 'policy-statements-unsupported',
  /** A resource policy statement the design cannot hold. */
  statementUnsupported: 'statement-unsupported',
  /** Lifecycle policy text that is not JSON. */
  policyTextInvalid: 'policy-text-invalid',
  /** A lifecycle policy without a rules array. */
  policyWithoutRules: 'policy-without-rules',
  /** A lifecycle rule without a selection. */
  ruleUnreadable: 'rule-unreadable',
  /** A lifecycle rule with parts the design format cannot express. */
  ruleUnsupported: 'rule-unsupported',
  /** A lifecycle rule's tagStatus that ECR does not have. */
  tagStatusUnknown: 'tag-status-unknown',
  /** A lifecycle rule's countNumber that is not a whole number. */
  countNumberInvalid: 'count-number-invalid',
  /** A second resource of a registry singleton (replication, scanning, signing, policy). */
  registryResourceRepeated: 'registry-resource-repeated',
  /** A registry filter whose type is not the one ECR has for it; the design writes that one. */
  filterTypeReplaced: 'filter-type-replaced',
  /** A registry filter, destination or rule without the literal values it needs. */
  registryEntryUnreadable: 'registry-entry-unreadable',
  /** A registry or repository policy text (of a creation template) that is not JSON. */
  policyDocumentInvalid: 'policy-document-invalid',
} as const;
