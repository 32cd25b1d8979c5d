/**
 * A template's registry resources → the design's `registry`: each type through its reader, in
 * the template's order. The construct id comes from the logical ID (or the path `cdk synth`
 * writes) and the logical ID is kept where the id would not give it. A second resource of a
 * singleton (replication, scanning, signing, registry policy: one per registry) is a warning.
 */
import type { PrincipalDesign } from '../design/entitySchemas';
import { type RegistryDesign, registryDefaultIds, registrySchema } from '../design/registrySchema';
import { isPlainObject } from '../design/schemaKit';
import { designWarning, type Finding, FindingCode } from '../findings';
import { importCreationTemplate, type RegistryImportContext } from './importCreationTemplate';
import type { ImportedEntities } from './importedEntities';
import {
  importPullThroughCacheRule,
  importPullTimeUpdateExclusion,
  importRegistryPolicy,
  importReplication,
  importScanning,
  importSigning,
} from './importRegistryRules';
import { keptL1LogicalId, l1ConstructId, reportAttributes } from './registryValues';
import type { TemplateResource } from './templateValues';

type Reader = (c: RegistryImportContext) => object | undefined;
type ListPart = 'creationTemplates' | 'pullThroughCacheRules' | 'pullTimeUpdateExclusions';
type SingletonPart = 'replication' | 'scanning' | 'signing' | 'policy';

/** Each registry resource type: the part of `registry` it fills and its reader. */
export const registryTypes: Record<
  string,
  { list: ListPart; read: Reader } | { singleton: SingletonPart; read: Reader }
> = {
  'AWS::ECR::RepositoryCreationTemplate': {
    list: 'creationTemplates',
    read: importCreationTemplate,
  },
  'AWS::ECR::ReplicationConfiguration': { singleton: 'replication', read: importReplication },
  'AWS::ECR::PullThroughCacheRule': {
    list: 'pullThroughCacheRules',
    read: importPullThroughCacheRule,
  },
  'AWS::ECR::RegistryScanningConfiguration': { singleton: 'scanning', read: importScanning },
  'AWS::ECR::SigningConfiguration': { singleton: 'signing', read: importSigning },
  'AWS::ECR::PullTimeUpdateExclusion': {
    list: 'pullTimeUpdateExclusions',
    read: importPullTimeUpdateExclusion,
  },
  'AWS::ECR::RegistryPolicy': { singleton: 'policy', read: importRegistryPolicy },
};

/** One registry resource into `registry` (a repeated singleton is a warning). */
function importResource(
  logicalId: string,
  resource: TemplateResource,
  registry: Record<string, unknown>,
  c: Omit<RegistryImportContext, 'propsPath' | 'properties'>,
): void {
  const kind = registryTypes[resource.Type as string]!;
  const path = ['Resources', logicalId];
  const part = 'list' in kind ? kind.list : kind.singleton;
  if ('singleton' in kind && registry[part] !== undefined) {
    const message = `a registry has one ${resource.Type}; this second one is left out`;
    c.findings.push(designWarning(FindingCode.registryResourceRepeated, path, message));
    return;
  }
  reportAttributes(resource, path, c.findings);
  const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
  const fields = kind.read({ ...c, propsPath: [...path, 'Properties'], properties });
  if (fields === undefined) return;
  const id = l1ConstructId(logicalId, resource);
  // A singleton's id is left out where it is the default.
  const isDefault = 'singleton' in kind && registryDefaultIds[kind.singleton] === id;
  const imported = { ...(isDefault ? {} : { id }), ...keptL1LogicalId(logicalId, id), ...fields };
  if ('list' in kind) registry[part] = [...((registry[part] as object[]) ?? []), imported];
  else registry[part] = imported;
}

/** The registry part of the template (undefined when it has none); marks what it read handled. */
export function importRegistryResources(
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
  added: PrincipalDesign[],
  findings: Finding[],
): RegistryDesign | undefined {
  const registry: Record<string, unknown> = {};
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (registryTypes[resource.Type as string] === undefined) continue;
    entities.handled.add(logicalId);
    importResource(logicalId, resource, registry, { entities, added, findings });
  }
  return inSchemaOrder(registry);
}

/** The registry's parts in the format's order, as its schema lists them. */
const partOrder = Object.keys(
  (registrySchema.jsonSchema() as { properties: Record<string, unknown> }).properties,
);

/** The parts in the format's order; undefined when there are none. */
export function inSchemaOrder(registry: Record<string, unknown>): RegistryDesign | undefined {
  const parts = partOrder.filter((part) => registry[part] !== undefined);
  if (parts.length === 0) return undefined;
  return Object.fromEntries(parts.map((part) => [part, registry[part]])) as RegistryDesign;
}
