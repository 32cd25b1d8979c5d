/** The resources of the registry's constructs (registryNodes.ts), by construct kind. */
import type { Design } from '../design/designSchema';
import type { ConstructNode } from './constructNode';
import { creationTemplateResource } from './creationTemplateResource';

/** The resource of a registry construct; undefined for a construct of another kind. */
export function registryResource(
  design: Design,
  stackChildren: readonly ConstructNode[],
  node: ConstructNode,
): object | undefined {
  if (node.kind === 'creationTemplate')
    return creationTemplateResource(design, stackChildren, node.index);
  return undefined;
}
