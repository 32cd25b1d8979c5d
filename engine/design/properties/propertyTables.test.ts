/**
 * The property tables (repository, lifecycle rule, KMS key, event rule) cover their schemas:
 * each field is one row, and each row is either a 1:1 property with every facet or a derived
 * one that named handlers take care of. Dropping a facet from a row, or a handler from the
 * import, fails here rather than nowhere.
 */
import { describe, expect, it } from 'vitest';
import { isArchiveEraRule } from '../../cdk/lifecycleRules';
import { eventRuleImportHandlers } from '../../import/importEventRules';
import { keyImportHandlers } from '../../import/importKeys';
import { repositoryImportHandlers } from '../../import/importRepository';
import { lifecycleRuleSchema, repositorySchema } from '../designSchema';
import { eventRuleProperties, eventRuleSchema } from './eventRuleProperties';
import { keyProperties, keySchema } from './keyProperties';
import { lifecycleRuleProperties } from './lifecycleRuleProperties';
import type { Property } from './property';
import { repositoryProperties } from './repositoryProperties';

const fieldsOf = (table: readonly { field: string }[]) => table.map((row) => row.field);

/** The checks of a table whose rows the template writer and the import iterate. */
function describeTable(
  name: string,
  table: readonly Property[],
  schema: { fields: readonly string[] },
  importHandlers: object,
) {
  describe(`the ${name} property table`, () => {
    const fields = fieldsOf(table);

    it('lists each field of the schema once, in the format’s order', () => {
      expect(fields).toEqual(schema.fields);
      expect(new Set(fields).size).toBe(fields.length);
    });

    it('gives each 1:1 property every facet', () => {
      const incomplete = table.filter(
        (row) => row.cfn && !(row.cdk && row.form && row.samples && row.probe),
      );
      expect(fieldsOf(incomplete)).toEqual([]);
    });

    it('names an import handler for each field without a template facet, and only for those', () => {
      const derived = fieldsOf(table.filter((row) => !row.cfn));
      expect(Object.keys(importHandlers).sort()).toEqual([...derived].sort());
    });

    it('reads each template key once', () => {
      const keys = table.flatMap((row) => (row.cfn ? [row.cfn.key] : []));
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
}

describeTable('repository', repositoryProperties, repositorySchema, repositoryImportHandlers);
describeTable('key', keyProperties, keySchema, keyImportHandlers);
describeTable('event rule', eventRuleProperties, eventRuleSchema, eventRuleImportHandlers);

describe('the entity tables’ CDK props', () => {
  const withoutProp = (table: readonly Property[]) => fieldsOf(table.filter((row) => !row.cdk));

  it('leave out only what the code writes by name: the construct id, the resource options and a key’s ARN', () => {
    // The ARN picks kms.Key.fromKeyArn, which takes no props; the options are set on the L1s.
    expect(withoutProp(keyProperties)).toEqual([
      'id',
      'logicalId',
      'aliasLogicalId',
      'deletionPolicy',
      'updateReplacePolicy',
      'keyArn',
    ]);
  });

  it('leave out the id, the kept logical ID, the method, its own options and the targets of an event rule', () => {
    // The method's options come before OnEventOptions' in the code (buildEventRules.ts).
    expect(withoutProp(eventRuleProperties)).toEqual([
      'id',
      'logicalId',
      'method',
      'imageTags',
      'imageTag',
      'targets',
    ]);
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
