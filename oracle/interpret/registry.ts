/** The registry's constructs, after the repositories, in the design format's order. */
import type { Stack } from 'aws-cdk-lib';
import type { Design } from '../../engine/index';
import { createCreationTemplates } from './creationTemplates';
import type { Entities } from './entities';

export function createRegistry(stack: Stack, design: Design, entities: Entities): void {
  createCreationTemplates(stack, design, entities);
}
