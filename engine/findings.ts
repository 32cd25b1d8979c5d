import type { FieldPath } from './fieldPath';

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
 * Stable names for the findings a reader acts on by kind rather than by wording: the UI shows
 * a start screen instead of `emptyTemplate`'s CDK text for a design with nothing in it yet.
 */
export const FindingCode = {
  /** The design makes no resource, so CloudFormation has no Resources section to accept. */
  emptyTemplate: 'empty-template',
  /** Input that is empty, too large, not JSON (nor YAML, for the import), or nothing a reader knows. */
  unreadableInput: 'unreadable-input',
} as const;
export type FindingCode = (typeof FindingCode)[keyof typeof FindingCode];

export interface Finding {
  severity: Severity;
  origin: FindingOrigin;
  /** The kind of finding, where a reader needs to tell it apart (see FindingCode). */
  code?: FindingCode;
  /** Where it is: a field of the design, of a template or of a file read (see formatPath). */
  path: FieldPath;
  message: string;
}

export function designError(path: FieldPath, message: string): Finding {
  return { severity: 'error', origin: 'design', path, message };
}

/** Input that cannot be read at all (empty, not JSON): a reader may refuse it whole. */
export function unreadableError(path: FieldPath, message: string): Finding {
  return { ...designError(path, message), code: FindingCode.unreadableInput };
}

/** True when a finding stops CDK from producing a template. */
export function blocksSynthesis(finding: Finding): boolean {
  return finding.severity === 'error';
}
