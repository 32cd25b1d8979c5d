/** Template facets that more than one row, or one row's reader with warnings, needs. */
import { designWarning, FindingCode } from '../../findings';
import { designLimits, text } from '../designLimits';
import { arrayOf, isPlainObject } from '../schemaKit';
import type { CfnFacet } from './property';

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A property CloudFormation holds as the design does: a string, a boolean, an enum member. */
export const literalCfn = <T>(
  key: string,
  check: (value: unknown) => value is T,
  what: string,
): CfnFacet<T> => ({ key, what, check, write: (value) => value, read: (value) => value as T });

/** A repository's or a creation template's tag mutability exclusion filters, in the design. */
export const exclusionFiltersSchema = arrayOf(
  text('a wildcard filter'),
  'Tag filters excepted from the tag mutability setting (needs a *_WITH_EXCLUSION mode).',
  designLimits.listEntries,
);

/** Wildcard filters: the only filter type ECR has, so the design holds just their values. */
export const exclusionFiltersCfn: CfnFacet<string[]> = {
  key: 'ImageTagMutabilityExclusionFilters',
  what: 'list',
  check: Array.isArray,
  write: (filters) =>
    filters.map((value) => ({
      ImageTagMutabilityExclusionFilterType: 'WILDCARD',
      ImageTagMutabilityExclusionFilterValue: value,
    })),
  read: (filters, path, findings) =>
    (filters as unknown[]).flatMap((filter, index) => {
      if (
        isPlainObject(filter) &&
        typeof filter.ImageTagMutabilityExclusionFilterValue === 'string'
      )
        return [filter.ImageTagMutabilityExclusionFilterValue];
      const message = 'not a filter with a literal value; left out';
      findings.push(
        designWarning(FindingCode.exclusionFilterUnreadable, [...path, index], message),
      );
      return [];
    }),
};
