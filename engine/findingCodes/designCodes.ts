/** The codes of findings on input that does not follow the design format (and sample images). */
export const designCodes = {
  /** Input that is empty, too large, not JSON (nor YAML, for the import), or nothing a reader knows. */
  unreadableInput: 'unreadable-input',
  /** The design's `version` is a format this build does not read. */
  designVersionUnknown: 'design-version-unknown',
  /** A value of the wrong JSON type for its field (a number where a string belongs). */
  wrongType: 'wrong-type',
  /** A text shorter than its field allows. */
  tooShort: 'too-short',
  /** A text longer than its field allows. */
  tooLong: 'too-long',
  /** A number below its field's minimum. */
  belowMinimum: 'below-minimum',
  /** A number above its field's maximum. */
  aboveMaximum: 'above-maximum',
  /** A field that holds one fixed value holds another. */
  notTheConstant: 'not-the-constant',
  /** A value that is none of the values its field lists. */
  notOneOf: 'not-one-of',
  /** A list or record with more entries than its field allows. */
  tooManyEntries: 'too-many-entries',
  /** A field the format does not have. */
  unknownField: 'unknown-field',
  /** A required field is missing. */
  requiredField: 'required-field',
  /** A stack name that is no identifier, or one the generated code reserves. */
  stackNameInvalid: 'stack-name-invalid',
  /** An account id that is not 12 digits. */
  accountIdInvalid: 'account-id-invalid',
  /** A role ARN that is not one (or has a path). */
  roleArnInvalid: 'role-arn-invalid',
  /** A KMS key ARN that is not one. */
  keyArnInvalid: 'key-arn-invalid',
  /** A Lambda function ARN that is not an unqualified one. */
  functionArnInvalid: 'function-arn-invalid',
  /** A service principal that is not `name.amazonaws.com`. */
  servicePrincipalInvalid: 'service-principal-invalid',
  /** Text CDK would read as a token reference (`${Token[`). */
  tokenMarker: 'token-marker',
  /** An id that names no entity of the design. */
  unknownReference: 'unknown-reference',
  /**
   * A creation template's policy statement names a user or role the stack creates: the policy
   * is a JSON string with literal principals, and such an ARN is known only at deploy.
   */
  creationTemplatePrincipalToken: 'creation-template-principal-token',
  /** A key imported by ARN with props only a new key takes. */
  importedKeyProps: 'imported-key-props',
  /** Two principals that are not constructs share an id. */
  principalIdDuplicate: 'principal-id-duplicate',
  /** A role assumed by both or neither of a service and an account. */
  assumedByNotOne: 'assumed-by-not-one',
  /** imageTags on an event rule other than onImageScanCompleted. */
  imageTagsWithoutScan: 'image-tags-without-scan',
  /** imageTag on an event rule other than onCloudTrailImagePushed. */
  imageTagWithoutPush: 'image-tag-without-push',
  /** An event target that names several or none of topic, queue and function. */
  targetKindNotOne: 'target-kind-not-one',
  /** An archived image without the time it was archived. */
  archivedWithoutDate: 'archived-without-date',
  /** A timestamp that is neither ISO 8601 nor (for describe-images) epoch seconds. */
  timestampInvalid: 'timestamp-invalid',
  /** Two sample images with one digest. */
  duplicateDigest: 'duplicate-digest',
} as const;
