/** The errors the checks report, by the phase of aws-cdk-lib that meets them. */
import type { FieldPath } from '../fieldPath';
import type { Finding, FindingCode } from '../findings';

/**
 * Construct phase: what aws-cdk-lib throws while it builds a construct; nothing without a message.
 */
export function cdkError(
  code: FindingCode,
  path: FieldPath,
  message: string | undefined,
): Finding[] {
  return message === undefined ? [] : [{ severity: 'error', origin: 'cdk', code, path, message }];
}

/**
 * Synth phase (token resolution, node validations, the merge into the template): what `app.synth()`
 * throws.
 */
export function synthError(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'error', origin: 'cdk-synth', code, path, message };
}

/** Template validation: what aws-cdk-lib's built-in CloudFormation validation reports. */
export function validationError(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'error', origin: 'cdk-validate', code, path, message };
}
