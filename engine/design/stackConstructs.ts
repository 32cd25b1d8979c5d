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
 * What is created before the repositories (the documented order of the generated code): keys,
 * the principals that are constructs (not an AccountPrincipal or AnyPrincipal), topics, queues,
 * functions.
 */
export function entityConstructs(design: Design): (StackConstruct & { kind: EntityKind })[] {
  const principals = constructsOf('principals', design.principals).filter((c) =>
    isConstructPrincipal(design.principals![c.index]!),
  );
  return [
    ...constructsOf('keys', design.keys),
    ...principals,
    ...constructsOf('topics', design.topics),
    ...constructsOf('queues', design.queues),
    ...constructsOf('functions', design.functions),
  ] as (StackConstruct & { kind: EntityKind })[];
}

/** Every child of the stack that the design names: the entities, then the repositories. */
export function stackConstructs(design: Design): StackConstruct[] {
  return [...entityConstructs(design), ...constructsOf('repositories', design.repositories)];
}
