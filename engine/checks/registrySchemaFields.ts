/**
 * The design field of a schema violation in one of the registry's L1s: the property path
 * below `Properties` in the design's camelCase, without the ReplicationConfiguration wrapper,
 * a repository filter named by its index in `repositoryFilters` (the design holds the strings).
 */
import type { PropertyLocation } from '../cdk/cfnSchemaCheck';
import type { FieldPath } from '../fieldPath';

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function registrySchemaField(path: FieldPath, location: PropertyLocation): FieldPath {
  const segments = location[0] === 'ReplicationConfiguration' ? location.slice(1) : location;
  const field = segments.map((s) => (typeof s === 'number' ? s : camel(s)));
  if (field.at(-1) === 'filter' && field.at(-3) === 'repositoryFilters') field.pop();
  return [...path, ...field];
}
