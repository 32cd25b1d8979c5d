/** The order of the design lists whose entries are the stack's children. */

/**
 * The design lists whose entries are the stack's children, in the order the code creates them.
 * The construct tree (cdk/constructTree.ts) builds that order entry by entry; all else reads it there.
 */
export const constructOrder = [
  'keys',
  'principals',
  'topics',
  'queues',
  'functions',
  'repositories',
] as const;

export type EntityList = (typeof constructOrder)[number];
