/**
 * The codes of the lifecycle preview's findings: the AWS CLI output it reads (describe-images,
 * batch-get-image, where images run, the policy in force) and what it finds in it.
 */
export const previewCodes = {
  /** JSON that is none of the outputs the reader takes. */
  inputNotRecognised: 'input-not-recognised',
  /** batch-get-image output given as the images. */
  manifestsAsImages: 'manifests-as-images',
  /** Images of another repository, left out. */
  foreignImagesLeftOut: 'foreign-images-left-out',
  /** A digest listed twice; the later entry is left out. */
  duplicateDigestLeftOut: 'duplicate-digest-left-out',
  /** Image indexes without their manifest: their children count as standalone images. */
  indexWithoutManifest: 'index-without-manifest',
  /** An index manifest whose entries lack digests. */
  indexManifestsInvalid: 'index-manifests-invalid',
  /** An image batch-get-image could not read. */
  batchGetImageFailure: 'batch-get-image-failure',
  /** Text where an image reference belongs. */
  notAnImageReference: 'not-an-image-reference',
  /** Without a repositoryName no reference could be matched. */
  repositoryNameMissing: 'repository-name-missing',
  /** Without a repositoryName, references were matched to the repository they name most. */
  repositoryNameInferred: 'repository-name-inferred',
  /** An image in use that is not among the images. */
  inUseImageMissing: 'in-use-image-missing',
  /** A rule that expires or archives images in use. */
  inUseImageAtRisk: 'in-use-image-at-risk',
  /** The policy in force has no repository of the design's. */
  comparedRepositoryMissing: 'compared-repository-missing',
  /** The policy in force is another repository's. */
  comparedRepositoryOther: 'compared-repository-other',
  /** Images change action against the policy in force (`simulate --fail-on changes`). */
  actionsChange: 'actions-change',
} as const;
