/** Picks findings by path for the entity forms; whatever no field shows goes to its card. */
import { type FieldPath, type Finding, pathStartsWith } from '../../engine/index';

export interface PathFindings {
  /** Findings at or below one field of the entity, e.g. `at('alias')`, `at('targets', 1)`. */
  at: (...field: FieldPath) => Finding[];
  /** Findings under the prefix that no `at` call picked: for the card itself. */
  rest: () => Finding[];
}

/** Findings at or below `prefix` (e.g. `['keys', 0]`), by field. */
export function findingsUnder(findings: readonly Finding[], prefix: FieldPath): PathFindings {
  const mine = findings.filter((f) => pathStartsWith(f.path, prefix));
  const shown = new Set<Finding>();
  return {
    at: (...field) => {
      const hits = mine.filter((f) => pathStartsWith(f.path, [...prefix, ...field]));
      for (const f of hits) shown.add(f);
      return hits;
    },
    rest: () => mine.filter((f) => !shown.has(f)),
  };
}
