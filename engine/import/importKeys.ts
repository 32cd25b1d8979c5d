/** KMS keys of a template (with their aliases), and existing keys named by ARN. */
import { removalPolicyOf } from '../cdk/repositoryResource';
import { type KeyDesign, keyArnPattern } from '../design/entitySchemas';
import type { ImportedEntities } from './importedEntities';
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

/** A key with the alias of the template that targets it (the alias is then handled). */
export function importKey(
  id: string,
  logicalId: string,
  resource: TemplateResource,
  resources: Record<string, TemplateResource>,
  out: ImportedEntities,
): KeyDesign {
  const props = resource.Properties ?? {};
  const key: KeyDesign = { id };
  for (const [aliasId, alias] of Object.entries(resources)) {
    if (
      alias.Type === 'AWS::KMS::Alias' &&
      referencedLogicalId(alias.Properties?.TargetKeyId) === logicalId &&
      typeof alias.Properties?.AliasName === 'string'
    ) {
      key.alias = alias.Properties.AliasName;
      out.handled.add(aliasId);
    }
  }
  if (typeof props.Description === 'string') key.description = props.Description;
  if (typeof props.EnableKeyRotation === 'boolean') key.enableKeyRotation = props.EnableKeyRotation;
  const removal = removalPolicyOf(resource);
  if (removal && removal !== 'RETAIN') key.removalPolicy = removal;
  return key;
}
