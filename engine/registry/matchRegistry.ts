/**
 * For a repository name: what the registry around the repositories does to it — the creation
 * template for each way ECR creates a repository, replication, scanning, the pull-through cache
 * rule that would create it, and signing — with the AWS texts each rule follows and the
 * designer's assumptions where AWS is silent.
 */
import type { Design } from '../design/designSchema';
import { type RegistryAssumption, registryAssumptions } from './assumptions';
import { type AwsSource, awsSources } from './awsSources';
import {
  matchCreationTemplates,
  type TemplateMatch,
  templateAssumptions,
} from './creationTemplateMatch';
import {
  matchPullThroughCache,
  type PullThroughMatch,
  pullThroughAssumptions,
} from './pullThroughMatch';
import {
  matchReplication,
  type ReplicationResult,
  replicationAssumptions,
} from './replicationMatch';
import { matchScanning, type ScanningResult, scanningAssumptions } from './scanningMatch';
import { matchSigning, type SigningMatch, signingAssumptions } from './signingMatch';

export interface RegistryMatch {
  name: string;
  /** The design's repositories (by index) with this repositoryName. */
  designRepositories: number[];
  /** One entry per way of creation: PULL_THROUGH_CACHE, REPLICATION, CREATE_ON_PUSH. */
  templates: TemplateMatch[];
  replication: ReplicationResult;
  scanning: ScanningResult;
  pullThroughCache?: PullThroughMatch;
  signing: SigningMatch[];
  /** The designer's choices where AWS is silent, each once, in a stable order. */
  assumptions: { code: RegistryAssumption; text: string }[];
  /** The AWS texts the matching follows. */
  sources: AwsSource[];
}

const matchSources: readonly AwsSource[] = [
  awsSources.templatePrefix,
  awsSources.templateNoMatch,
  awsSources.replicationFilter,
  awsSources.replicationName,
  awsSources.scanningFilters,
  awsSources.scanningBoth,
  awsSources.scanningDefault,
  awsSources.pullThroughPrefix,
  awsSources.signingFilters,
  awsSources.signingRules,
];

function assumptionsOf(codes: readonly RegistryAssumption[]) {
  const order = Object.keys(registryAssumptions) as RegistryAssumption[];
  const used = new Set(codes);
  return order
    .filter((code) => used.has(code))
    .map((code) => ({ code, text: registryAssumptions[code] }));
}

/** Which registry rules apply to a repository named `name` (any string; total). */
export function matchRegistry(design: Design, name: string): RegistryMatch {
  const designRepositories = design.repositories.flatMap((repository, index) =>
    repository.repositoryName === name ? [index] : [],
  );
  const scanning = matchScanning(design, name);
  const pullThroughCache = matchPullThroughCache(design, name);
  const codes: RegistryAssumption[] = [
    ...templateAssumptions,
    ...(designRepositories.length > 0 ? (['designRepositoriesNotTemplated'] as const) : []),
    ...replicationAssumptions,
    ...scanningAssumptions(scanning),
    ...pullThroughAssumptions,
    ...signingAssumptions,
  ];
  return {
    name,
    designRepositories,
    templates: matchCreationTemplates(design, name),
    replication: matchReplication(design, name),
    scanning,
    ...(pullThroughCache ? { pullThroughCache } : {}),
    signing: matchSigning(design, name),
    assumptions: assumptionsOf(codes),
    sources: [...matchSources],
  };
}
