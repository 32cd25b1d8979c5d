/** The stack's own children, in the order the generated code creates them. */
import { joinPath } from '../findings';
import { isConstructPrincipal } from '../iam/principals';
import type { Design } from './designSchema';

export interface StackConstruct {
  id: string;
  /** Where the design holds it, e.g. `keys[0]`. */
  path: string;
  kind: 'keys' | 'principals' | 'topics' | 'queues' | 'functions' | 'repositories';
  /** Its index in that list of the design. */
  index: number;
}

type EntityKind = Exclude<StackConstruct['kind'], 'repositories'>;

function constructsOf(
  kind: StackConstruct['kind'],
  list: readonly { id: string }[] | undefined,
): StackConstruct[] {
  return (list ?? []).map((entry, index) => ({
    id: entry.id,
    path: joinPath(kind, index),
    kind,
    index,
  }));
}

/**
 * Everything created before the repositories, in the documented order of the generated code:
 * keys, principals, topics, queues, functions. An AccountPrincipal or AnyPrincipal is among them
 * though it is no construct: the code creates and names it in its place among the principals.
 */
export function stackEntities(design: Design): (StackConstruct & { kind: EntityKind })[] {
  return [
    ...constructsOf('keys', design.keys),
    ...constructsOf('principals', design.principals),
    ...constructsOf('topics', design.topics),
    ...constructsOf('queues', design.queues),
    ...constructsOf('functions', design.functions),
  ] as (StackConstruct & { kind: EntityKind })[];
}

/** The entities that are constructs (not an AccountPrincipal or AnyPrincipal), in that order. */
export function entityConstructs(design: Design): (StackConstruct & { kind: EntityKind })[] {
  return stackEntities(design).filter(
    (c) => c.kind !== 'principals' || isConstructPrincipal(design.principals![c.index]!),
  );
}

/** Every child of the stack that the design names: the entities, then the repositories. */
export function stackConstructs(design: Design): StackConstruct[] {
  return [...entityConstructs(design), ...constructsOf('repositories', design.repositories)];
}
