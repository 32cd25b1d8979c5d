/**
 * The codes of what the design format and aws-cdk-lib refuse in the registry's L1s (the design's
 * `registry`); ECR's deploy-time rules have their own.
 */
export const registrySynthCodes = {
  /** A pull-time update exclusion that gives both or neither of principal and principalArn. */
  exclusionPrincipalNotOne: 'exclusion-principal-not-one',
  /** A pull-time update exclusion whose principal is no user or role of the design. */
  exclusionPrincipalNotIdentity: 'exclusion-principal-not-identity',
  /** A registry policy without statements: its PolicyDocument resolves to nothing. */
  registryPolicyEmpty: 'registry-policy-empty',
  /** A registry L1 whose construct id has no letter or digit: its logical ID is empty. */
  registryLogicalIdEmpty: 'registry-logical-id-empty',
  /** Two pull-through cache rules of one prefix, or two exclusions of one principal ARN. */
  registryIdentifierNotUnique: 'registry-identifier-not-unique',
} as const;
