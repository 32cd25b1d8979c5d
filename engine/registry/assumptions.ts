/**
 * Where AWS's documentation is silent on how the registry's rules meet a name, the designer
 * chooses; each choice is returned with the result that relies on it, so the UI shows it.
 */
export const registryAssumptions = {
  exactNameNotInNamespace:
    'A name equal to a prefix (prod for the prefix prod) is taken as outside the prefix’s namespace: AWS documents only names beginning with prefix/.',
  templatePerWay:
    'A template is chosen among those applied for the way the repository is created: a prod template for PULL_THROUGH_CACHE only does not keep a replicated prod/… repository from the ROOT template for REPLICATION. AWS is silent on this.',
  replicationPlainPrefix:
    'A replication filter is taken as a plain string prefix (prod also matches production): AWS documents PREFIX_MATCH as a repository name prefix, with no assumed /.',
  destinationTemplates:
    'Creation templates belong to one registry in one Region: a replication destination gets the templates of its own registry. The design’s templates are shown as if the destination had the same ones.',
  designRepositoriesNotTemplated:
    'The design’s own repositories are created by CloudFormation, so no creation template applies to them; a template would apply to a repository of this name that ECR creates (pull-through cache, replication, create on push).',
  signingExactFilter:
    'A signing filter without * is taken to match only the name itself: AWS documents WILDCARD_MATCH by its * only.',
  signingEveryRule:
    'Every signing rule that matches is taken to sign the image with its own profile: AWS says a signing job is created for a matching rule, and is silent on several.',
  pullThroughLongest:
    'Where several pull-through cache prefixes match, the longest is taken, as for creation templates: AWS is silent on overlapping prefixes.',
  noScanningConfiguration:
    'With no scanning configuration in the design, the registry’s BASIC default is shown; a registry configured outside this stack keeps its own.',
  unparsedKeyArn:
    'A key of the design imported by ARN is shown by its ARN; a new key of the design is shown by its id (its ARN is known only after deploy).',
} as const;

export type RegistryAssumption = keyof typeof registryAssumptions;
