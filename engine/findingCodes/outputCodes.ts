/** The codes of the stack's outputs and description: what CDK, CloudFormation and the import say of them. */
export const outputCodes = {
  /** An export name CfnOutput's validation refuses (empty, over 255 characters, other characters). */
  exportNameInvalid: 'export-name-invalid',
  /** Two outputs whose ids strip to one logical ID. */
  outputLogicalIdNotUnique: 'output-logical-id-not-unique',
  /** More outputs than CloudFormation's quota per template. */
  tooManyOutputs: 'too-many-outputs',
  /** Two outputs of the stack export one name. */
  exportNameDuplicate: 'export-name-duplicate',
  /** A stack description over CloudFormation's 1024 bytes. */
  stackDescriptionTooLong: 'stack-description-too-long',
  /** An output of the template whose value the import cannot carry over. */
  outputLeftOut: 'output-left-out',
  /** A property or attribute of an imported resource the imported design does not render. */
  propertyLeftOut: 'property-left-out',
  /** An output's Description or Export.Name, or the template's Description, that does not resolve to a string. */
  outputTextUnresolved: 'output-text-unresolved',
  /** A key of an output (Condition, Export's other keys) a design output cannot hold. */
  outputKeyLeftOut: 'output-key-left-out',
  /** An explicit EncryptionType AES256, which CDK does not write. */
  aes256NotWritten: 'aes-256-not-written',
  /** A value the import resolved (a parameter's Default, a Fn::Sub of literals). */
  intrinsicResolved: 'intrinsic-resolved',
} as const;
