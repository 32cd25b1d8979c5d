/**
 * The codes of what aws-cdk-lib refuses (at construction, at synth, in its template validation)
 * or annotates, lifecycle rules aside (lifecycleCodes.ts).
 */
export const cdkCodes = {
  /** An image tag mutability exclusion filter that ImageTagMutabilityExclusionFilter refuses. */
  exclusionFilterInvalid: 'exclusion-filter-invalid',
  /** imageTagMutability and its exclusion filters do not go together. */
  exclusionFiltersMismatch: 'exclusion-filters-mismatch',
  /** A construct id its scope already holds. */
  constructIdTaken: 'construct-id-taken',
  /** A repositoryName ECR's naming rules refuse. */
  repositoryNameInvalid: 'repository-name-invalid',
  /** An encryptionKey with an encryption other than KMS. */
  encryptionKeyNeedsKms: 'encryption-key-needs-kms',
  /** An encryption type aws-cdk-lib cannot write (KMS_DSSE). */
  encryptionTypeUnsupported: 'encryption-type-unsupported',
  /** RemovalPolicy SNAPSHOT on a resource that has no snapshots. */
  snapshotUnsupported: 'snapshot-unsupported',
  /** emptyOnDelete without RemovalPolicy DESTROY. */
  emptyOnDeleteWithoutDestroy: 'empty-on-delete-without-destroy',
  /** A KMS alias name kms.Alias refuses. */
  aliasInvalid: 'alias-invalid',
  /** An IAM action that is not `service:Action` or `*`. */
  actionInvalid: 'action-invalid',
  /** A construct path of `Default` ids alone, which has no unique id. */
  uniqueIdEmpty: 'unique-id-empty',
  /** A policy statement without actions. */
  statementWithoutActions: 'statement-without-actions',
  /** A resource policy statement without principals. */
  statementWithoutPrincipals: 'statement-without-principals',
  /** An event rule name of the wrong length. */
  eventRuleNameLength: 'event-rule-name-length',
  /** An event rule name with characters EventBridge refuses. */
  eventRuleNameCharacters: 'event-rule-name-characters',
  /** An event rule with more than 5 targets. */
  eventRuleTooManyTargets: 'event-rule-too-many-targets',
  /** A resource policy statement with resources, which ECR ignores (CDK's warning). */
  resourceStatement: 'resource-statement',
  /** A function target CDK adds no invoke permission for (imported by ARN only). */
  functionTargetWithoutPermission: 'function-target-without-permission',
  /** A role policy split into many managed policies (CDK's warning). */
  rolePolicyLarge: 'role-policy-large',
  /** An overflow policy whose description CloudFormation finds too long. */
  overflowDescriptionTooLong: 'overflow-description-too-long',
  /** Two KMS aliases with one name. */
  aliasNotUnique: 'alias-not-unique',
  /** Two repositories with one repositoryName. */
  repositoryNameNotUnique: 'repository-name-not-unique',
  /** Two creation templates with one prefix (the type's primary identifier). */
  creationTemplatePrefixNotUnique: 'creation-template-prefix-not-unique',
  /** A creation template whose construct id has no letter or digit (an empty logical ID). */
  creationTemplateLogicalIdEmpty: 'creation-template-logical-id-empty',
  /** An onImageScanCompleted rule with an empty imageTags list. */
  scanImageTagsEmpty: 'scan-image-tags-empty',
  /** The design makes no resource, so CloudFormation has no Resources section to accept. */
  emptyTemplate: 'empty-template',
  /** A kept logical ID the template validation refuses (not alphanumeric, the bootstrap parameter's). */
  logicalIdInvalid: 'logical-id-invalid',
  /** A kept logical ID over CloudFormation's 255 characters. */
  logicalIdTooLong: 'logical-id-too-long',
  /** A DeletionPolicy or UpdateReplacePolicy the resource type does not support. */
  resourcePolicyUnsupported: 'resource-policy-unsupported',
  /** One of DeletionPolicy and UpdateReplacePolicy retains and the other is left out. */
  resourceNotProtected: 'resource-not-protected',
  /** A stateful resource whose DeletionPolicy the design sets to delete it with the stack. */
  resourceDeletedWithStack: 'resource-deleted-with-stack',
  /** An overflow policy's kept ID that Stack.renameLogicalId refuses (not 1-255 alphanumerics). */
  overflowPolicyIdInvalid: 'overflow-policy-id-invalid',
  /** An overflow policy renamed to a logical ID another construct's derived ID (or rename) has. */
  overflowPolicyIdTaken: 'overflow-policy-id-taken',
  /** A kept ID for an OverflowPolicy<n> that CDK does not make (the grants fit in fewer). */
  overflowPolicyIdUnused: 'overflow-policy-id-unused',
  /** Two constructs that map to one logical ID. */
  logicalIdNotUnique: 'logical-id-not-unique',
  /** More resources than a stack may hold. */
  tooManyResources: 'too-many-resources',
  /** A template over CloudFormation's 10 MB. */
  templateTooLarge: 'template-too-large',
  /** Text with a lone surrogate, which the template validator cannot read. */
  loneSurrogate: 'lone-surrogate',
  /** A scope with both a `Resource` and a `Default` child. */
  defaultChildAmbiguous: 'default-child-ambiguous',
  /** A property value that does not match its CloudFormation schema pattern. */
  schemaPatternMismatch: 'schema-pattern-mismatch',
  /** A property value shorter than its CloudFormation schema allows. */
  schemaTooShort: 'schema-too-short',
  /** A property value longer than its CloudFormation schema allows. */
  schemaTooLong: 'schema-too-long',
  /** A property list with fewer items than its CloudFormation schema needs. */
  schemaTooFewItems: 'schema-too-few-items',
  /** A property list with more items than its CloudFormation schema allows. */
  schemaTooManyItems: 'schema-too-many-items',
  /** A property value that does not match a named format of the validator (AWS::IAM::Role.Arn). */
  schemaFormatMismatch: 'schema-format-mismatch',
  /** A property list whose schema wants unique items holds one twice. */
  schemaItemsNotUnique: 'schema-items-not-unique',
} as const;
