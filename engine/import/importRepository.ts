/** One AWS::ECR::Repository resource of a template → a repository of the design. */
import type { RepositoryDesign } from '../design/designSchema';
import type { RepositoryEncryption } from '../design/enums';
import { rowsWith } from '../design/properties/property';
import {
  type RepositoryField,
  repositoryProperties,
} from '../design/properties/repositoryProperties';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { dropUndefined } from '../util/dropUndefined';
import type { ImportedEntities } from './importedEntities';
import { keyIdOf } from './importKeys';
import { importLifecycleRules } from './importLifecyclePolicy';
import { importResourcePolicies, keptConstructId, keptLogicalId } from './importResourceOptions';
import { importTableFields, readElsewhere, reportingReader } from './importTable';
import { isIntrinsic, type PropertyReader, propertyReader } from './templateValues';

const encryptions: Record<string, RepositoryEncryption> = {
  AES256: 'AES_256',
  KMS: 'KMS',
  KMS_DSSE: 'KMS_DSSE',
};

/** The properties the named handlers below read; RepositoryPolicyText is importResourcePolicy.ts's. */
const derivedProperties = [
  'EncryptionConfiguration',
  'LifecyclePolicy',
  'Tags',
  'RepositoryPolicyText',
];
const readProperties = new Set([
  ...rowsWith(repositoryProperties, 'cfn').map((row) => row.cfn.key),
  ...derivedProperties,
]);

/** The encryption, and the key of the design it uses when KmsKey points at an imported key. */
function importEncryption(
  value: unknown,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
): { encryption?: RepositoryEncryption; encryptionKey?: string } {
  if (!isPlainObject(value)) return {};
  const encryptionKey = value.KmsKey === undefined ? undefined : keyIdOf(entities, value.KmsKey);
  if (value.KmsKey !== undefined && encryptionKey === undefined) {
    findings.push(
      designWarning(
        FindingCode.kmsKeyUnknown,
        [...path, 'KmsKey'],
        'only a key of this template or a key ARN can be imported; the AWS managed key is used',
      ),
    );
  }
  const type =
    typeof value.EncryptionType === 'string' ? encryptions[value.EncryptionType] : undefined;
  if (!type) {
    findings.push(
      designWarning(
        FindingCode.encryptionTypeUnknown,
        [...path, 'EncryptionType'],
        `unknown EncryptionType ${JSON.stringify(value.EncryptionType)}; left out`,
      ),
    );
  }
  if (type === 'AES_256')
    findings.push(
      designWarning(
        FindingCode.aes256NotWritten,
        [...path, 'EncryptionType'],
        "CDK writes no EncryptionType for AES_256, ECR's default: the design renders none, and the repository is encrypted with AES256 all the same",
      ),
    );
  return {
    ...(type && type !== 'AES_256' ? { encryption: type } : {}),
    ...(encryptionKey ? { encryptionKey } : {}),
  };
}

function importTags(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.flatMap((tag, index) => {
    if (isPlainObject(tag) && typeof tag.Key === 'string' && typeof tag.Value === 'string')
      return [[tag.Key, tag.Value] as const];
    findings.push(
      designWarning(
        FindingCode.tagUnreadable,
        [...path, index],
        'tag without a literal Key and Value; left out',
      ),
    );
    return [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The lifecycle policy's registry and rules. */
function importLifecycle(read: PropertyReader, path: FieldPath, findings: Finding[]) {
  const lifecycle = read('LifecyclePolicy', isPlainObject, 'object') as
    | Record<string, unknown>
    | undefined;
  const registryId = lifecycle?.RegistryId;
  const text = lifecycle?.LifecyclePolicyText;
  const textPath = [...path, 'LifecyclePolicy', 'LifecyclePolicyText'];
  let rules: RepositoryDesign['lifecycleRules'];
  if (isIntrinsic(text)) {
    const message = 'an intrinsic function cannot be followed here; rules left out';
    findings.push(designWarning(FindingCode.intrinsicNotFollowed, textPath, message));
  } else if (text !== undefined) rules = importLifecycleRules(text, textPath, findings);
  return dropUndefined({
    lifecycleRegistryId: typeof registryId === 'string' ? registryId : undefined,
    lifecycleRules: rules && rules.length > 0 ? rules : undefined,
  });
}

interface ImportContext {
  logicalId: string;
  resource: Record<string, unknown>;
  resources: Record<string, unknown>;
  path: FieldPath;
  propsPath: FieldPath;
  read: PropertyReader;
  entities: ImportedEntities;
  findings: Finding[];
}

/** The named handlers of the fields the table has no template facet for, one each. */
export const repositoryImportHandlers: Partial<
  Record<RepositoryField, (context: ImportContext) => Partial<RepositoryDesign>>
> = {
  encryptionKey: readElsewhere,
  lifecycleRules: readElsewhere,
  sampleImages: readElsewhere,
  eventRules: readElsewhere,
  resourcePolicy: readElsewhere,
  // The template's logical ID is kept (logicalId), so deploying the design updates in place.
  id: (c) => ({ id: keptConstructId(c.logicalId, c.resource, c.resources) }),
  logicalId: (c) =>
    keptLogicalId(c.logicalId, [keptConstructId(c.logicalId, c.resource, c.resources)]),
  encryption: (c) =>
    importEncryption(
      c.read('EncryptionConfiguration', isPlainObject, 'object'),
      [...c.propsPath, 'EncryptionConfiguration'],
      c.entities,
      c.findings,
    ),
  // emptyOnDelete needs RemovalPolicy DESTROY: the attributes are then set over it.
  removalPolicy: (c) =>
    importResourcePolicies(
      c.resource,
      c.path,
      c.findings,
      isPlainObject(c.resource.Properties) && c.resource.Properties.EmptyOnDelete === true
        ? 'DESTROY'
        : undefined,
    ),
  deletionPolicy: readElsewhere,
  updateReplacePolicy: readElsewhere,
  lifecycleRegistryId: (c) => importLifecycle(c.read, c.propsPath, c.findings),
  tags: (c) => {
    const tags = c.read('Tags', Array.isArray, 'list');
    return dropUndefined({ tags: importTags(tags, [...c.propsPath, 'Tags'], c.findings) });
  },
};

/** The repository's fields in the table's order (importTableFields). */
export function importRepository(
  logicalId: string,
  resource: Record<string, unknown>,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
  resources: Record<string, unknown> = {},
): RepositoryDesign {
  const propsPath = [...path, 'Properties'];
  const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
  const read = propertyReader(properties, propsPath, findings);
  const context = { logicalId, resource, resources, path, propsPath, read, entities, findings };
  const repository = importTableFields(
    repositoryProperties,
    repositoryImportHandlers,
    context,
    reportingReader(read, propsPath, findings),
  );
  for (const key of Object.keys(properties)) {
    if (readProperties.has(key)) continue;
    const message = `${key} is not part of the design format; left out`;
    findings.push(designWarning(FindingCode.fieldLeftOut, [...propsPath, key], message));
  }
  return repository as RepositoryDesign;
}
