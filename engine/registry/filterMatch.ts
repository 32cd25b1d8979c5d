/**
 * How ECR matches a repository name against the registry's filters: namespace prefixes
 * (creation templates, pull-through cache rules), name prefixes (replication), and wildcard
 * filters (scanning, signing). Each follows the AWS text cited beside it.
 */
import { awsSources } from './awsSources';

/** The prefix that stands for every repository no other prefix matches. */
export const rootPrefix = 'ROOT';

/**
 * A namespace prefix applies to `name` when the name begins with the prefix and a `/`
 * (awsSources.templatePrefix: "There is always an assumed / applied to the end of the prefix").
 * A prefix written with its trailing `/` means the same. ROOT is handled by the caller: it
 * applies only where no other prefix does. A name equal to the prefix is not below it (AWS is
 * silent; see assumptions.ts, `exactNameNotInNamespace`).
 */
export function namespaceApplies(prefix: string, name: string): boolean {
  if (prefix === rootPrefix || prefix === '') return false;
  const namespace = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return name.startsWith(namespace);
}

/** The length that ranks a namespace prefix: a trailing `/` adds nothing. */
export function namespaceLength(prefix: string): number {
  return prefix.endsWith('/') ? prefix.length - 1 : prefix.length;
}

/**
 * The index of the prefix ECR picks for `name` among `prefixes` (undefined: not eligible): the
 * longest whose namespace holds the name, else the first ROOT one, else none. Equal prefixes are
 * refused at synth or deploy, so a tie keeps the first in design order.
 */
export function mostSpecificPrefix(
  prefixes: readonly (string | undefined)[],
  name: string,
): number | undefined {
  let best: number | undefined;
  let root: number | undefined;
  prefixes.forEach((prefix, index) => {
    if (prefix === rootPrefix) root ??= index;
    if (prefix === undefined || !namespaceApplies(prefix, name)) return;
    if (best === undefined || namespaceLength(prefix) > namespaceLength(prefixes[best]!))
      best = index;
  });
  return best ?? root;
}

/**
 * Replication's PREFIX_MATCH: "the repository name prefix to configure replication for"
 * (awsSources.replicationFilter). A plain string prefix: `prod` matches `prod`, `prod/web` and
 * `production` alike (AWS gives no namespace rule here; see `replicationPlainPrefix`).
 */
export function prefixMatches(filter: string, name: string): boolean {
  return name.startsWith(filter);
}

/**
 * Whether `pattern` matches the whole of `name`, each `*` standing for any run of characters.
 * Two pointers with backtracking to the last `*`: O(pattern × name) at worst, where a regular
 * expression of many `*` can take exponential time on a typed name.
 */
function wildcardMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Scanning's WILDCARD filter (awsSources.scanningFilters): without `*`, the filter matches
 * every name that contains it; with `*`, the whole name must match, each `*` standing for zero
 * or more characters (AWS's table: `*prod` matches `repo-prod` but not `prod-repo`).
 */
export function scanningFilterMatches(filter: string, name: string): boolean {
  if (!filter.includes('*')) return name.includes(filter);
  return wildcardMatches(filter, name);
}

/**
 * Signing's WILDCARD_MATCH filter (awsSources.signingFilters): `*` matches any sequence of
 * characters and the whole name must match (`myapp/*` matches names starting with `myapp/`).
 * A filter without `*` must equal the name (AWS is silent; see `signingExactFilter`).
 */
export function signingFilterMatches(filter: string, name: string): boolean {
  return wildcardMatches(filter, name);
}

export const filterSources = {
  namespace: awsSources.templatePrefix,
  replication: awsSources.replicationFilter,
  scanning: awsSources.scanningFilters,
  signing: awsSources.signingFilters,
} as const;
