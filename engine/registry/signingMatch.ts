/**
 * Whether managed signing signs a repository's images on push. awsSources.signingRules: a rule
 * with no filter signs every image pushed to the registry, one with WILDCARD_MATCH filters the
 * repositories one of them matches; each matching rule creates a signing job with its profile.
 */
import type { Design } from '../design/designSchema';
import type { RegistryAssumption } from './assumptions';
import { signingFilterMatches } from './filterMatch';

export interface SigningMatch {
  ruleIndex: number;
  signingProfileArn: string;
  /** The filter that matched, or undefined when the rule has none (every repository). */
  filter?: string;
}

/** The signing rules that sign images pushed to `name`, in rule order. */
export function matchSigning(design: Design, name: string): SigningMatch[] {
  return (design.registry?.signing?.rules ?? []).flatMap((rule, ruleIndex) => {
    const { signingProfileArn } = rule;
    const filters = rule.repositoryFilters ?? [];
    if (filters.length === 0) return [{ ruleIndex, signingProfileArn }];
    const filter = filters.find((f) => signingFilterMatches(f, name));
    return filter === undefined ? [] : [{ ruleIndex, signingProfileArn, filter }];
  });
}

export const signingAssumptions: readonly RegistryAssumption[] = [
  'signingExactFilter',
  'signingEveryRule',
];
