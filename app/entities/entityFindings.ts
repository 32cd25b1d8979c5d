/** Picks findings by path for the entity forms; whatever no field shows goes to its card. */
import type { Finding } from '../../engine/index';

export interface PathFindings {
  at: (field: string) => Finding[];
  /** Findings under the prefix that no `at` call picked: for the card itself. */
  rest: () => Finding[];
}

/** Findings under `prefix` (e.g. `keys[0]`), by field (`alias`, `assumedBy`, `targets[1].topic`). */
export function findingsUnder(findings: readonly Finding[], prefix: string): PathFindings {
  const mine = findings.filter(
    (f) => f.path === prefix || f.path.startsWith(`${prefix}.`) || f.path.startsWith(`${prefix}[`),
  );
  const shown = new Set<Finding>();
  return {
    at: (field) => {
      const path = `${prefix}.${field}`;
      const hits = mine.filter((f) => f.path === path || f.path.startsWith(`${path}.`));
      for (const f of hits) shown.add(f);
      return hits;
    },
    rest: () => mine.filter((f) => !shown.has(f)),
  };
}
