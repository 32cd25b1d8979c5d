import type { FieldPath } from './fieldPath';
import { cdkCodes } from './findingCodes/cdkCodes';
import { designCodes } from './findingCodes/designCodes';
import { importCodes } from './findingCodes/importCodes';
import { lifecycleCodes } from './findingCodes/lifecycleCodes';
import { outputCodes } from './findingCodes/outputCodes';
import { previewCodes } from './findingCodes/previewCodes';
import { registryCodes } from './findingCodes/registryCodes';
import { registrySynthCodes } from './findingCodes/registrySynthCodes';

/** How bad a finding is: CDK would refuse it, AWS would refuse it at deploy, or it is legal but likely wrong. */
export const Severity = {
  error: 'error',
  deployError: 'deploy-error',
  warning: 'warning',
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/**
 * Where a finding comes from, so a reader knows when it bites:
 * - `design`: the file does not follow the design format;
 * - `cdk`: aws-cdk-lib throws while the construct is built (`new ecr.Repository`, `addLifecycleRule`);
 * - `cdk-synth`: aws-cdk-lib throws during `app.synth()` (token resolution);
 * - `cdk-validate`: aws-cdk-lib's built-in CloudFormation validation fails the synth;
 * - `aws`: CDK accepts it, ECR or CloudFormation rejects it at deploy time;
 * - `designer`: a warning of this tool about a likely mistake.
 */
export type FindingOrigin = 'design' | 'cdk' | 'cdk-synth' | 'cdk-validate' | 'aws' | 'designer';

/**
 * Every kind of finding, by a stable name: readers act on kinds (the UI shows a start screen
 * instead of `emptyTemplate`'s CDK text, the CLI refuses `unreadableInput` input whole), never on
 * a message's wording. Each code is declared once, with what it means, in the module of its
 * subject (engine/findingCodes/).
 */
export const FindingCode = {
  ...designCodes,
  ...cdkCodes,
  ...lifecycleCodes,
  ...importCodes,
  ...previewCodes,
  ...outputCodes,
  ...registryCodes,
  ...registrySynthCodes,
} as const;
export type FindingCode = (typeof FindingCode)[keyof typeof FindingCode];

export interface Finding {
  severity: Severity;
  origin: FindingOrigin;
  /** The kind of finding (see FindingCode). */
  code: FindingCode;
  /** Where it is: a field of the design, of a template or of a file read (see formatPath). */
  path: FieldPath;
  message: string;
}

export function designError(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'error', origin: 'design', code, path, message };
}

/** Input that can be read, with a part left out or read otherwise than it says. */
export function designWarning(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'warning', origin: 'design', code, path, message };
}

/** A field `key` that the object at `parent` has and its format does not. */
export function unknownFieldError(parent: FieldPath, key: string): Finding {
  return designError(FindingCode.unknownField, [...parent, key], `unknown field '${key}'`);
}

/** Input that cannot be read at all (empty, not JSON): a reader may refuse it whole. */
export function unreadableError(path: FieldPath, message: string): Finding {
  return designError(FindingCode.unreadableInput, path, message);
}

/** True when a finding stops CDK from producing a template. */
export function blocksSynthesis(finding: Finding): boolean {
  return finding.severity === 'error';
}
