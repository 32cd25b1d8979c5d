/** `--repository ID` of render and simulate: an id the design does not have is a usage error. */
import type { Design } from '../engine/index';
import { UsageError } from './args';

export function checkRepositoryId(design: Design, id: string | undefined): string | undefined {
  if (id === undefined || design.repositories.some((r) => r.id === id)) return id;
  const ids = design.repositories.map((r) => r.id);
  throw new UsageError(
    `no repository with id '${id}'; the design has ${ids.length > 0 ? ids.join(', ') : 'none'}`,
  );
}
