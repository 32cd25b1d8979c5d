/** KMS keys of a template (with their aliases), and existing keys named by ARN. */

import { type KeyDesign, keyArnPattern } from '../design/entitySchemas';
import { type KeyField, keyProperties } from '../design/properties/keyProperties';
import { isPlainObject } from '../design/schemaKit';
import type { Finding } from '../findings';
import type { ImportedEntities } from './importedEntities';
import { importResourcePolicies, keptLogicalId } from './importResourceOptions';
import { importTableFields, quietReader, readElsewhere } from './importTable';
import { referencedLogicalId, type TemplateResource } from './templateValues';

/**
 * The id of an existing key by its ARN (kms.Key.fromKeyArn, which creates no resource), added to
 * `keys` the first time; undefined for what is not a key ARN.
 */
export function importedKeyId(keys: KeyDesign[], arn: string): string | undefined {
  if (!keyArnPattern.test(arn)) return undefined;
  let key = keys.find((k) => k.keyArn === arn);
  if (!key) {
    key = { id: `ImportedKey${keys.length + 1}`, keyArn: arn };
    keys.push(key);
  }
  return key.id;
}

/** A key of the template by reference, or an existing key by ARN (kms.Key.fromKeyArn creates no resource). */
export function keyIdOf(entities: ImportedEntities, value: unknown): string | undefined {
  return typeof value === 'string'
    ? importedKeyId(entities.keys, value)
    : entities.idOf.get(referencedLogicalId(value) ?? '');
}

interface KeyImportContext {
  id: string;
  logicalId: string;
  resource: TemplateResource;
  resources: Record<string, TemplateResource>;
  out: ImportedEntities;
  findings: Finding[];
}

/** The alias of the template that targets the key (the alias is then handled). */
function importAlias({ id, logicalId, resources, out }: KeyImportContext): Partial<KeyDesign> {
  let found: string | undefined;
  let foundId: string | undefined;
  for (const [aliasId, alias] of Object.entries(resources)) {
    if (
      alias.Type === 'AWS::KMS::Alias' &&
      referencedLogicalId(alias.Properties?.TargetKeyId) === logicalId &&
      typeof alias.Properties?.AliasName === 'string'
    ) {
      found = alias.Properties.AliasName;
      foundId = aliasId;
      out.handled.add(aliasId);
    }
  }
  if (found === undefined) return {};
  const kept = keptLogicalId(foundId!, [id, 'Alias']).logicalId;
  return kept === undefined ? { alias: found } : { alias: found, aliasLogicalId: kept };
}

/** The named handlers of the fields the key table has no template facet for, one each. */
export const keyImportHandlers: Partial<
  Record<KeyField, (context: KeyImportContext) => Partial<KeyDesign>>
> = {
  id: (c) => ({ id: c.id }),
  logicalId: (c) => keptLogicalId(c.logicalId, [c.id]),
  alias: importAlias,
  aliasLogicalId: readElsewhere,
  removalPolicy: (c) => importResourcePolicies(c.resource, ['Resources', c.logicalId], c.findings),
  deletionPolicy: readElsewhere,
  updateReplacePolicy: readElsewhere,
  // A key of the template is a new kms.Key: importedKeyId adds the keys named by ARN.
  keyArn: readElsewhere,
};

/** A key of the template, its fields in the table's order (importTableFields). */
export function importKey(
  id: string,
  logicalId: string,
  resource: TemplateResource,
  resources: Record<string, TemplateResource>,
  out: ImportedEntities,
  findings: Finding[],
): KeyDesign {
  const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
  const read = quietReader(properties, ['Resources', logicalId, 'Properties'], findings);
  const context = { id, logicalId, resource, resources, out, findings };
  return importTableFields(keyProperties, keyImportHandlers, context, read) as KeyDesign;
}
