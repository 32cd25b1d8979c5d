/** What the first pass over a template gives the rest of its import: the entities, and what it consumed. */
import type { KeyDesign, PrincipalDesign } from '../design/entitySchemas';

export interface ImportedEntities {
  keys: KeyDesign[];
  principals: PrincipalDesign[];
  topics: { id: string }[];
  queues: { id: string }[];
  functions: { id: string; functionArn: string; sameEnvironment?: boolean }[];
  /** Construct id of each imported entity, by logical ID. */
  idOf: Map<string, string>;
  /** Construct id of each role imported by ARN, by the logical ID of its policy. */
  policyOwner: Map<string, string>;
  /** Resources this import consumed or regenerates (policies of targets, aliases). */
  handled: Set<string>;
  /** Logical IDs rendering gives resources the template has under others (each warned of). */
  renamed: Set<string>;
  /** The stack's construct id, when a logical ID that contains it proves it. */
  stackName?: string;
}

export function noEntities(): ImportedEntities {
  return {
    keys: [],
    principals: [],
    topics: [],
    queues: [],
    functions: [],
    idOf: new Map(),
    policyOwner: new Map(),
    handled: new Set(),
    renamed: new Set(),
  };
}
