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
  /** A property the import cannot carry over, named by its path. */
  propertyLeftOut: 'property-left-out',
  /** A value the import resolved (a parameter's Default, a Fn::Sub of literals). */
  intrinsicResolved: 'intrinsic-resolved',
} as const;
