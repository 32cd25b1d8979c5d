/**
 * What the AWS CLI prints about the registry, brought to CloudFormation's shape so that one
 * reader per resource serves both: keys capitalized (the ECR API's members are CloudFormation's
 * properties in camelCase, botocore's service-2.json), the exclusion filters renamed. The
 * findings of the readers are then given the CLI's own paths back.
 */
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import type { Finding } from '../findings';

/** The ECR API's exclusion filter members (ImageTagMutabilityExclusionFilter) → CloudFormation's. */
const exclusionFilterKeys: Record<string, string> = {
  filter: 'ImageTagMutabilityExclusionFilterValue',
  filterType: 'ImageTagMutabilityExclusionFilterType',
};

/** A CloudFormation-shaped copy of a CLI value, and each key it renamed (CloudFormation's → CLI's). */
export interface CfnShaped {
  value: unknown;
  renamed: Map<string, string>;
}

function reshape(value: unknown, renamed: Map<string, string>, keys?: Record<string, string>) {
  if (Array.isArray(value)) return value.map((item): unknown => reshape(item, renamed, keys));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const cfnKey = keys?.[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
    renamed.set(cfnKey, key);
    const innerKeys =
      key === 'imageTagMutabilityExclusionFilters' ? exclusionFilterKeys : undefined;
    out[cfnKey] = reshape(inner, renamed, innerKeys);
  }
  return out;
}

/** The value in CloudFormation's shape, less the fields that describe state, not settings. */
export function cfnShaped(value: unknown, statusFields: ReadonlySet<string>): CfnShaped {
  const renamed = new Map<string, string>();
  const settings = isPlainObject(value)
    ? Object.fromEntries(Object.entries(value).filter(([key]) => !statusFields.has(key)))
    : value;
  return { value: reshape(settings, renamed), renamed };
}

/**
 * The findings of a reader that read `shaped` at `readPath`, at the CLI's path `cliPath`:
 * CloudFormation's keys renamed back (keys of JSON text inside, such as a policy's, are not).
 */
export function atCliPaths(
  findings: readonly Finding[],
  readPath: FieldPath,
  cliPath: FieldPath,
  renamed: ReadonlyMap<string, string>,
): Finding[] {
  return findings.map((finding) => {
    const rest = finding.path.slice(readPath.length);
    const path = rest.map((part) =>
      typeof part === 'string' ? (renamed.get(part) ?? part) : part,
    );
    return { ...finding, path: [...cliPath, ...path] };
  });
}
