/**
 * Template validation (E3019): the primary identifier of a pull-through cache rule
 * (EcrRepositoryPrefix) and of a pull-time update exclusion (PrincipalArn, a user's or role's Fn::GetAtt too)
 * must differ between resources of the type; the validator reports each value several resources share once,
 * listing their logical IDs, as it does for repository names. The singletons' identifier is
 * the registry id, which nothing writes.
 */
import type { PlacedResource } from '../cdk/template';
import { type Finding, FindingCode } from '../findings';
import { validationError } from './phaseFindings';

const identifiers: Record<string, [property: string, field: string]> = {
  'AWS::ECR::PullThroughCacheRule': ['EcrRepositoryPrefix', 'ecrRepositoryPrefix'],
  'AWS::ECR::PullTimeUpdateExclusion': ['PrincipalArn', 'principalArn'],
};

type Resource = { Type: string; Properties?: Record<string, unknown> };

/** The value as the validator prints it: a string as it is, `Fn::GetAtt("User","Arn")` for an attribute. */
function shownValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const getAtt = (value as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  if (!Array.isArray(getAtt)) return undefined;
  return `Fn::GetAtt(${getAtt.map((part) => JSON.stringify(part)).join(',')})`;
}

export function registryIdentifierErrors(resources: readonly PlacedResource[]): Finding[] {
  const owners = new Map<string, PlacedResource[]>();
  for (const placed of resources) {
    const { Type, Properties } = placed[1] as Resource;
    const identifier = identifiers[Type];
    const value = identifier && shownValue(Properties?.[identifier[0]]);
    if (value === undefined) continue;
    const key = JSON.stringify([Type, value]);
    owners.set(key, [...(owners.get(key) ?? []), placed]);
  }
  return [...owners.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([key, list]) => {
      const [type, value] = JSON.parse(key) as [string, string];
      const [property, field] = identifiers[type]!;
      const ids = list.map(([logicalId]) => `'${logicalId}'`).sort();
      return validationError(
        FindingCode.registryIdentifierNotUnique,
        [...list[1]![2], field],
        `${property}: Primary identifiers {'${property}': '${value}'} should have unique values across the resources {${ids.join(', ')}}`,
      );
    });
}
