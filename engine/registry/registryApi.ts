/** The registry's part of engine/index.ts. */
/** The design's registry part (registrySchema.ts) and the creation template's property table. */
export {
  appliedForValues,
  creationTemplateProperties,
} from '../design/properties/creationTemplateProperties';
export type {
  CreationTemplateDesign,
  PullThroughCacheRuleDesign,
  PullTimeUpdateExclusionDesign,
  RegistryDesign,
  RegistryPolicyDesign,
  ReplicationDesign,
  ScanningDesign,
  SigningDesign,
} from '../design/registrySchema';
export {
  creationTemplateSchema,
  registryDefaultIds,
  registrySchema,
} from '../design/registrySchema';
export type { RegistryAssumption } from './assumptions';
export type { AwsSource } from './awsSources';
export type { CreationWay, TemplateEffect, TemplateMatch } from './creationTemplateMatch';
export type { RegistryMatch } from './matchRegistry';
/**
 * Which registry rules apply to a repository name (typed, or a repository of the design): the
 * creation template for each way ECR creates a repository (PULL_THROUGH_CACHE, REPLICATION,
 * CREATE_ON_PUSH: the longest matching prefix, else ROOT, else ECR's defaults) and what the
 * repository gets from it; the replication rules that copy it and where; the scanning rule and
 * frequency; the pull-through cache rule that would create it; the signing rules. Total for any
 * string; each result carries the AWS texts it follows and the designer's assumptions where AWS
 * is silent, for the UI to show.
 */
export { matchRegistry } from './matchRegistry';
export type { PullThroughMatch } from './pullThroughMatch';
export type { ReplicationMatch, ReplicationResult } from './replicationMatch';
export type { ScanningResult, ScanningRuleMatch, ScanOutcome } from './scanningMatch';
export type { SigningMatch } from './signingMatch';
