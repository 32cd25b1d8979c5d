/**
 * The repository's table covers its schema: each field is one row, and each row is either a
 * 1:1 property with every facet or a derived one that a named import handler reads. Dropping a
 * facet from a row, or a handler from the import, fails here rather than nowhere.
 */
import { describe, expect, it } from 'vitest';
import { repositoryImportHandlers } from '../../import/importRepository';
import { repositorySchema } from '../designSchema';
import { repositoryProperties } from './repositoryProperties';

const fields = repositoryProperties.map((row) => row.field);

describe('the repository property table', () => {
  it('lists each field of the schema once, in the format’s order', () => {
    expect(fields).toEqual(repositorySchema.fields);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('gives each 1:1 property every facet', () => {
    const incomplete = repositoryProperties
      .filter((row) => row.cfn && !(row.cdk && row.form && row.samples))
      .map((row) => row.field);
    expect(incomplete).toEqual([]);
  });

  it('names an import handler for each field without a template facet, and only for those', () => {
    const derived = repositoryProperties.filter((row) => !row.cfn).map((row) => row.field);
    expect(Object.keys(repositoryImportHandlers).sort()).toEqual([...derived].sort());
  });

  it('reads each template key once', () => {
    const keys = repositoryProperties.flatMap((row) => (row.cfn ? [row.cfn.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
