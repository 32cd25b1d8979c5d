/**
 * Which pull-through cache rule would create a repository of a name, and from which upstream
 * repository. awsSources.pullThroughPrefix: a rule's ecrRepositoryPrefix `prod` holds the
 * repositories beginning with `prod/`; ROOT holds those no other rule's prefix does; the
 * upstream repository prefix (ROOT by default) replaces the cache prefix in the name, e.g.
 * `my-app/image1` → `upstream-app/image1`.
 */
import type { Design, PullThroughCacheRuleDesign } from '../design/designSchema';
import type { RegistryAssumption } from './assumptions';
import { mostSpecificPrefix, rootPrefix } from './filterMatch';

export interface PullThroughMatch {
  ruleIndex: number;
  rule: PullThroughCacheRuleDesign;
  /** The upstream repository the cached repository mirrors. */
  upstreamRepository: string;
}

const trimSlash = (prefix: string) => (prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);

/** The name below the rule's cache prefix, under the upstream prefix (ROOT: nothing added). */
function upstreamName(rule: PullThroughCacheRuleDesign, name: string): string {
  const cache = rule.ecrRepositoryPrefix ?? rootPrefix;
  const below = cache === rootPrefix ? name : name.slice(trimSlash(cache).length + 1);
  const upstream = rule.upstreamRepositoryPrefix ?? rootPrefix;
  return upstream === rootPrefix ? below : `${trimSlash(upstream)}/${below}`;
}

/** The rule that would create `name` on a pull: the longest matching prefix, else ROOT's. */
export function matchPullThroughCache(design: Design, name: string): PullThroughMatch | undefined {
  const rules = design.registry?.pullThroughCacheRules ?? [];
  const ruleIndex = mostSpecificPrefix(
    rules.map((rule) => rule.ecrRepositoryPrefix ?? rootPrefix),
    name,
  );
  if (ruleIndex === undefined) return undefined;
  const rule = rules[ruleIndex]!;
  return { ruleIndex, rule, upstreamRepository: upstreamName(rule, name) };
}

export const pullThroughAssumptions: readonly RegistryAssumption[] = [
  'exactNameNotInNamespace',
  'pullThroughLongest',
];
