/**
 * The registry's constructs at the top of the stack, after the repositories, in the schema's
 * order: creation templates, replication, pull-through cache rules, scanning, signing,
 * pull-time update exclusions, the registry policy.
 */
import type { Design } from '../design/designSchema';
import type { ConstructNode } from './constructNode';
import { creationTemplateNodes } from './creationTemplateResource';

export function registryNodes(design: Design, stack: readonly string[]): ConstructNode[] {
  return [...creationTemplateNodes(design, stack)];
}
