/** The order in which the generated code creates the stack's children, list by list. */
import type { FieldPath } from '../fieldPath';
import type { Design } from './designSchema';

/** The design lists whose entries are the stack's children, in the order the code creates them. */
export const constructOrder = [
  'keys',
  'principals',
  'topics',
  'queues',
  'functions',
  'repositories',
] as const;

export type EntityList = (typeof constructOrder)[number];

export interface StackEntity {
  id: string;
  /** Where the design holds it, e.g. `['keys', 0]`. */
  path: FieldPath;
  kind: Exclude<EntityList, 'repositories'>;
  /** Its index in that list of the design. */
  index: number;
}

/**
 * Everything created before the repositories, in the documented order of the generated code:
 * keys, principals, topics, queues, functions. An AccountPrincipal or AnyPrincipal is among them
 * though it is no construct: the code creates and names it in its place among the principals.
 */
export function stackEntities(design: Design): StackEntity[] {
  return constructOrder.flatMap((kind) =>
    kind === 'repositories'
      ? []
      : (design[kind] ?? []).map(({ id }, index) => ({
          id,
          path: [kind, index],
          kind,
          index,
        })),
  );
}
