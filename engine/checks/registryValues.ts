/**
 * The values CloudFormation's resource schemas allow for the registry's enum-like fields. The
 * design keeps any string (an imported value ECR refuses stays visible); aws-cdk-lib's template
 * validation only warns of another value ("'X' is not one of [...]", CloudFormation Validate, a
 * warning), and CloudFormation refuses it at deploy when it checks the resource's properties.
 * Allowed values from the CloudFormation template reference (AWS::ECR::…), e.g.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-registryscanningconfiguration-scanningrule.html
 * "ScanFrequency … Allowed values: SCAN_ON_PUSH | CONTINUOUS_SCAN" (the API's MANUAL is not one).
 */
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { deployError } from './lifecycleDeploy';

export const allowedValues = {
  appliedFor: ['REPLICATION', 'PULL_THROUGH_CACHE', 'CREATE_ON_PUSH'],
  imageTagMutability: [
    'MUTABLE',
    'IMMUTABLE',
    'IMMUTABLE_WITH_EXCLUSION',
    'MUTABLE_WITH_EXCLUSION',
  ],
  encryption: ['AES256', 'KMS', 'KMS_DSSE'],
  scanType: ['BASIC', 'ENHANCED'],
  scanFrequency: ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN'],
  upstreamRegistry: [
    'azure-container-registry',
    'chainguard',
    'docker-hub',
    'ecr',
    'ecr-public',
    'github-container-registry',
    'gitlab-container-registry',
    'k8s',
    'quay',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Deploy phase: `value` at `path` when it is none of `field`'s allowed values. */
export function valueErrors(
  field: keyof typeof allowedValues,
  value: string | undefined,
  path: FieldPath,
): Finding[] {
  const allowed: readonly string[] = allowedValues[field];
  if (value === undefined || allowed.includes(value)) return [];
  return [
    deployError(
      FindingCode.registryValueNotAllowed,
      path,
      `${JSON.stringify(value)} is not a value CloudFormation accepts for ${field}: ${allowed.join(', ')}.`,
    ),
  ];
}

/** Warning phase: a designer's warning. */
export function registryWarning(code: FindingCode, path: FieldPath, message: string): Finding {
  return { severity: 'warning', origin: 'designer', code, path, message };
}
