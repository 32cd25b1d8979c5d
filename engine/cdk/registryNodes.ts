/**
 * The construct tree's registry nodes: each resource of the design's `registry` is an L1
 * (ecr.Cfn…) created directly in the stack, after the repositories and their children, in the
 * schema's order: creation templates, replication, pull-through cache rules, scanning, signing,
 * pull-time update exclusions, the registry policy. A singleton without an `id` takes its
 * default (registryDefaultIds). Each keeps its `logicalId` (overrideLogicalId) when it sets one.
 */
import type { Design } from '../design/designSchema';
import { type RegistryDesign, registryDefaultIds } from '../design/registrySchema';
import { type ConstructNode, cfnResource, type RegistryKind } from './constructNode';
import { creationTemplateNodes } from './creationTemplateResource';

type Scope = readonly string[];

interface Entry {
  id?: string;
  logicalId?: string;
}

type SingletonField = keyof typeof registryDefaultIds;
type ListField = 'creationTemplates' | 'pullThroughCacheRules' | 'pullTimeUpdateExclusions';

/** The registry's fields in construct order, with the kind of node each entry becomes. */
export const registryOrder: readonly (
  | { field: ListField; kind: RegistryKind; list: true }
  | { field: SingletonField; kind: RegistryKind; list: false }
)[] = [
  { field: 'creationTemplates', kind: 'creationTemplate', list: true },
  { field: 'replication', kind: 'replication', list: false },
  { field: 'pullThroughCacheRules', kind: 'pullThroughCacheRule', list: true },
  { field: 'scanning', kind: 'scanning', list: false },
  { field: 'signing', kind: 'signing', list: false },
  { field: 'pullTimeUpdateExclusions', kind: 'pullTimeUpdateExclusion', list: true },
  { field: 'policy', kind: 'registryPolicy', list: false },
];

const registryKinds = new Set<string>(registryOrder.map(({ kind }) => kind));

export const isRegistryKind = (kind: string): kind is RegistryKind => registryKinds.has(kind);

/** The construct id of a singleton: its own, or the default. */
export const singletonIdOf = (field: SingletonField, entry: Entry) =>
  entry.id ?? registryDefaultIds[field];

/** The registry's L1s in construct order (none without a `registry`). */
export function registryNodes(design: Design, stack: Scope): ConstructNode[] {
  const registry = design.registry;
  if (registry === undefined) return [];
  return registryOrder.flatMap((entry) => {
    if (entry.kind === 'creationTemplate') return creationTemplateNodes(design, stack);
    if (entry.list) {
      const items: readonly Entry[] = registry[entry.field] ?? [];
      return items.map((item, index) =>
        cfnResource(
          entry.kind,
          item.id ?? '',
          stack,
          { designPath: ['registry', entry.field, index], index },
          item.logicalId,
        ),
      );
    }
    const item: Entry | undefined = registry[entry.field];
    if (item === undefined) return [];
    const origin = { designPath: ['registry', entry.field], index: 0 };
    return [
      cfnResource(entry.kind, singletonIdOf(entry.field, item), stack, origin, item.logicalId),
    ];
  });
}

/** The registry's nodes among the stack's children, in creation order. */
export function registryNodesOf(children: readonly ConstructNode[]): ConstructNode[] {
  return children.filter((node) => isRegistryKind(node.kind));
}

/** The registry entry a node of the tree was made from. */
export function registryEntryOf(design: Design, node: ConstructNode): Entry | undefined {
  const [, field, index] = node.designPath as ['registry', keyof RegistryDesign, number?];
  const value = design.registry?.[field];
  return (Array.isArray(value) ? value[index ?? 0] : value) as Entry | undefined;
}

/** Whether the node's entry keeps its logical ID (the code then needs a variable for it). */
export const keepsRegistryLogicalId = (design: Design, node: ConstructNode) =>
  registryEntryOf(design, node)?.logicalId !== undefined;
