/**
 * Which replication rules copy a repository, and where. awsSources.replicationFilter: a rule
 * with no filter replicates every repository, one with PREFIX_MATCH filters the repositories
 * whose names begin with one of them; awsSources.replicationName: the copy keeps the name, so
 * the destination's creation template (REPLICATION) is chosen by the same name.
 */
import type { Design } from '../design/designSchema';
import type { RegistryAssumption } from './assumptions';
import { matchCreationTemplate, type TemplateMatch } from './creationTemplateMatch';
import { prefixMatches } from './filterMatch';

export interface ReplicationMatch {
  /** The rule's index in registry.replication.rules. */
  ruleIndex: number;
  /** The filter that matched, or undefined when the rule has none (every repository). */
  filter?: string;
  destinations: readonly { region: string; registryId: string }[];
}

export interface ReplicationResult {
  rules: ReplicationMatch[];
  /** The template a destination would apply (REPLICATION), as if it had the design's templates. */
  destinationTemplate?: TemplateMatch;
}

/** The rules that replicate `name`, in rule order, with the filter each matched by. */
export function matchReplication(design: Design, name: string): ReplicationResult {
  const rules = (design.registry?.replication?.rules ?? []).flatMap((rule, ruleIndex) => {
    const filters = rule.repositoryFilters ?? [];
    if (filters.length === 0) return [{ ruleIndex, destinations: rule.destinations }];
    const filter = filters.find((f) => prefixMatches(f, name));
    return filter === undefined ? [] : [{ ruleIndex, filter, destinations: rule.destinations }];
  });
  if (rules.length === 0) return { rules };
  const destinationTemplate = matchCreationTemplate(design, name, 'REPLICATION');
  return { rules, destinationTemplate };
}

export const replicationAssumptions: readonly RegistryAssumption[] = [
  'replicationPlainPrefix',
  'destinationTemplates',
];
