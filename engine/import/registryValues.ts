/**
 * Reading the values the registry's resources share: repository filters of one fixed type,
 * policy documents given as JSON text, the construct ids of L1 resources created in the stack,
 * and the resource attributes a registry resource of the design cannot hold.
 */
import { logicalIdOf } from '../cdk/logicalId';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { cdkPathOf } from './constructIds';
import { isIntrinsic } from './templateValues';

/**
 * A filter list (`[{ Filter, FilterType }]`) as the design holds it: the filter strings. ECR has
 * one filter type per resource, so another type is written as that one, with a warning (dropping
 * the filter would widen what the rule applies to). AWS: "The repository filter type. The only
 * supported value is PREFIX_MATCH" (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RepositoryFilter.html);
 * "Currently, only WILDCARD_MATCH is supported" (API_SigningRepositoryFilter.html); the scanning
 * filter's type has the one value WILDCARD in the API model (botocore's service-2.json).
 */
export function readFilters(
  value: unknown,
  path: FieldPath,
  filterType: string,
  findings: Finding[],
): string[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) unreadable(path, 'expected a list of filters; left out', findings);
    return [];
  }
  return value.flatMap((entry, index) => {
    const at = [...path, index];
    if (!isPlainObject(entry) || typeof entry.Filter !== 'string') {
      unreadable(at, 'not a filter with a literal Filter string; left out', findings);
      return [];
    }
    reportUnknownKeys(entry, ['Filter', 'FilterType'], at, findings);
    if (entry.FilterType !== filterType) {
      const message = `FilterType ${JSON.stringify(entry.FilterType)} is not ${filterType}, the only filter type ECR has here; the design writes ${filterType}`;
      findings.push(designWarning(FindingCode.filterTypeReplaced, [...at, 'FilterType'], message));
    }
    return [entry.Filter];
  });
}

/** A warning that an entry lacks the literal values it needs. */
export function unreadable(path: FieldPath, message: string, findings: Finding[]): void {
  findings.push(designWarning(FindingCode.registryEntryUnreadable, path, message));
}

/** A warning that a key is not part of the design format. */
export function leftOut(path: FieldPath, findings: Finding[]): void {
  const key = String(path[path.length - 1]);
  const message = `${key} is not part of the design format; left out`;
  findings.push(designWarning(FindingCode.fieldLeftOut, path, message));
}

/** A warning for each key of `value` that is not one of `known`. */
export function reportUnknownKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: FieldPath,
  findings: Finding[],
): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) leftOut([...path, key], findings);
}

/** A literal string, or undefined with a warning for an intrinsic or another kind of value. */
export function literalString(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (isIntrinsic(value)) {
    const message = `${Object.keys(value as object)[0]} cannot be followed here (a literal string is needed); left out`;
    findings.push(designWarning(FindingCode.intrinsicNotFollowed, path, message));
  } else unreadable(path, 'expected a string; left out', findings);
  return undefined;
}

/**
 * A policy document: an object, or JSON text of one (CloudFormation's RepositoryPolicy is a
 * string, PolicyText either). Text that is not JSON is a warning; undefined then.
 */
export function readPolicyDocument(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  let document = value;
  if (typeof value === 'string') {
    try {
      document = JSON.parse(value);
    } catch {
      const message = 'the policy text is not valid JSON; its statements are left out';
      findings.push(designWarning(FindingCode.policyDocumentInvalid, path, message));
      return undefined;
    }
  }
  if (isPlainObject(document)) return document;
  if (isIntrinsic(value)) literalString(value, path, findings);
  else {
    const message = 'the policy is not a JSON object; its statements are left out';
    findings.push(designWarning(FindingCode.policyDocumentInvalid, path, message));
  }
  return undefined;
}

/**
 * The construct id of an L1 resource created in the stack (`new ecr.CfnX(stack, id)`): the last
 * part of the path `cdk synth` writes, else the logical ID itself. A path of one part has no
 * hash, so the logical ID is the id without its non-alphanumeric characters.
 */
export function l1ConstructId(logicalId: string, resource: Record<string, unknown>): string {
  const parts = cdkPathOf(resource);
  return parts?.length === 2 && parts[1] !== '' ? parts[1]! : logicalId;
}

/** The logical ID to keep: none when the construct id gives the template's own. */
export function keptL1LogicalId(logicalId: string, id: string): { logicalId?: string } {
  return logicalIdOf([id]) === logicalId ? {} : { logicalId };
}

/** Resource attributes a registry resource of the design does not hold, each a warning. */
export function reportAttributes(
  resource: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
): void {
  for (const key of Object.keys(resource)) {
    if (key === 'Type' || key === 'Properties') continue;
    if (key === 'Metadata' && isPlainObject(resource.Metadata)) {
      for (const entry of Object.keys(resource.Metadata))
        if (entry !== 'aws:cdk:path') leftOut([...path, 'Metadata', entry], findings);
      continue;
    }
    if (key === 'Condition') {
      const message = 'conditions cannot be represented; the resource is always created';
      findings.push(designWarning(FindingCode.conditionIgnored, [...path, key], message));
    } else leftOut([...path, key], findings);
  }
}
