/** Labels and help for the repository fields: what the CDK prop does, and its default. */
export const repositoryHelp = {
  id: 'The construct id in new ecr.Repository(this, id). Unique in the stack; it decides the logical ID.',
  logicalId:
    'overrideLogicalId: the logical ID to keep, e.g. a hand-written stack’s. Changing it replaces the repository. Default: derived from the construct id.',
  repositoryName:
    'repositoryName: the physical name. Default: CloudFormation generates a unique name (changing a set name replaces the repository).',
  imageScanOnPush:
    'imageScanOnPush: scan each image for vulnerabilities when it is pushed. Default: off, and left out of the template; Off writes ScanOnPush: false.',
  imageTagMutability:
    'imageTagMutability: whether a tag can be moved to another image. Default: MUTABLE. The *_WITH_EXCLUSION modes need exclusion filters.',
  imageTagMutabilityExclusionFilters:
    'imageTagMutabilityExclusionFilters: 1 to 5 wildcard filters (letters, digits, . _ - *) excepted from the mutability setting. Default: none.',
  encryption:
    'encryption: how images are encrypted at rest. Default: AES_256 (Amazon S3-managed keys); KMS uses the AWS-managed key for ECR.',
  removalPolicy:
    'removalPolicy: what happens to the repository when it leaves the stack or the stack is deleted. Default: RETAIN.',
  deletionPolicy:
    'cfnOptions.deletionPolicy, over the removal policy’s; NONE leaves it out (CloudFormation then deletes).',
  updateReplacePolicy:
    'cfnOptions.updateReplacePolicy, over the removal policy’s; NONE leaves it out (a replacement then deletes).',
  emptyOnDelete:
    'emptyOnDelete: delete every image when the repository is deleted; needs removal policy DESTROY. Default: off, and left out of the template; Off writes EmptyOnDelete: false.',
  lifecycleRegistryId:
    'lifecycleRegistryId: the 12-digit account id of the registry that holds the lifecycle policy. Default: the stack’s account.',
  tags: 'Tags.of(repository).add(key, value) for each row: resource tags. Default: none.',
} as const;
