/** The package version, which scripts/buildLib.mjs writes into the bundle from package.json. */
declare const ECR_DESIGNER_VERSION: string | undefined;

// Unbundled (a test importing this module) there is no define, and no version to report.
export const packageVersion =
  typeof ECR_DESIGNER_VERSION === 'string' ? ECR_DESIGNER_VERSION : '0.0.0-unbundled';
