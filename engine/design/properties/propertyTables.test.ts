/**
 * The property tables cover their schemas: each field is one row, and each row is either a
 * 1:1 property with every facet or a derived one that named handlers take care of. Dropping a
 * facet from a row, or a handler from the import, fails here rather than nowhere.
 */
import { describe, expect, it } from 'vitest';
import { isArchiveEraRule } from '../../cdk/lifecycleRules';
import { repositoryImportHandlers } from '../../import/importRepository';
import { lifecycleRuleSchema, repositorySchema } from '../designSchema';
import { lifecycleRuleProperties } from './lifecycleRuleProperties';
import { repositoryProperties } from './repositoryProperties';

const fieldsOf = (table: readonly { field: string }[]) => table.map((row) => row.field);

describe('the repository property table', () => {
  const fields = fieldsOf(repositoryProperties);

  it('lists each field of the schema once, in the format’s order', () => {
    expect(fields).toEqual(repositorySchema.fields);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('gives each 1:1 property every facet', () => {
    const incomplete = repositoryProperties.filter(
      (row) => row.cfn && !(row.cdk && row.form && row.samples && row.probe),
    );
    expect(fieldsOf(incomplete)).toEqual([]);
  });

  it('names an import handler for each field without a template facet, and only for those', () => {
    const derived = fieldsOf(repositoryProperties.filter((row) => !row.cfn));
    expect(Object.keys(repositoryImportHandlers).sort()).toEqual([...derived].sort());
  });

  it('reads each template key once', () => {
    const keys = repositoryProperties.flatMap((row) => (row.cfn ? [row.cfn.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the lifecycle rule property table', () => {
  it('lists each field of the schema once, in the format’s order', () => {
    const fields = fieldsOf(lifecycleRuleProperties);
    expect(fields).toEqual(lifecycleRuleSchema.fields);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('has a form facet on every row', () => {
    expect(fieldsOf(lifecycleRuleProperties.filter((row) => !row.form))).toEqual([]);
  });

  it('leaves the CDK prop out only where the escape hatch (isArchiveEraRule) takes the rule', () => {
    const archiveValues = { storageClass: 'ARCHIVE', action: 'TRANSITION' } as const;
    const withoutProp = lifecycleRuleProperties.filter((row) => !row.cdk);
    const notArchive = withoutProp.filter(
      ({ field }) =>
        !isArchiveEraRule({ [field]: archiveValues[field as keyof typeof archiveValues] ?? 1 }),
    );
    expect(fieldsOf(notArchive)).toEqual([]);
  });
});
