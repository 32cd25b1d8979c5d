/**
 * The design's entities beside repositories (keys, principals, event targets, grants), held as
 * plain design data in the designer state, so the undo history snapshots them with the rest.
 */
import {
  constructOrder,
  type Design,
  type EntityList,
  type FunctionDesign,
  type GrantDesign,
  type KeyDesign,
  type PrincipalDesign,
  type QueueDesign,
  type TopicDesign,
} from '../../engine/index';

export interface EntityState {
  keys: KeyDesign[];
  principals: PrincipalDesign[];
  topics: TopicDesign[];
  queues: QueueDesign[];
  functions: FunctionDesign[];
  grants: GrantDesign[];
}

export type EntityKind = Exclude<EntityList, 'repositories'>;
/** Entities referred to by id, in the stack's construct order. */
export const entityKinds = constructOrder.filter(
  (list): list is EntityKind => list !== 'repositories',
);
export type EntityValue = EntityState[EntityKind][number];

export const noEntities: EntityState = {
  keys: [],
  principals: [],
  topics: [],
  queues: [],
  functions: [],
  grants: [],
};

/** What one entity of a kind is called in the UI. */
export const entityNoun: Record<EntityKind, string> = {
  keys: 'key',
  principals: 'principal',
  topics: 'topic',
  queues: 'queue',
  functions: 'function',
};

export function entitiesOf(design: Design): EntityState {
  return {
    keys: design.keys ?? [],
    principals: design.principals ?? [],
    topics: design.topics ?? [],
    queues: design.queues ?? [],
    functions: design.functions ?? [],
    grants: design.grants ?? [],
  };
}

/** The design fields for the entities that exist; empty lists are omitted, as in the files. */
export function designEntities(entities: EntityState | undefined): {
  before: Partial<Design>;
  after: Partial<Design>;
} {
  const before: Partial<Design> = {};
  if (!entities) return { before, after: {} };
  for (const kind of entityKinds) {
    const list = entities[kind];
    if (list.length > 0) (before as Record<string, unknown>)[kind] = list;
  }
  return { before, after: entities.grants.length > 0 ? { grants: entities.grants } : {} };
}
