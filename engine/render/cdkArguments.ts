/**
 * The arguments of `new ecr.Repository(...)` and `addLifecycleRule(...)`, once for both
 * languages: names are CDK's camelCase props (Python snake_cases them as rosetta does) and
 * values are printed by the language's literal printer. Key order matters: CDK's error text
 * prints the rule object as written.
 */
import { escapeHatchPolicyText } from '../cdk/lifecyclePolicy';
import type { LifecycleRuleDesign, RepositoryDesign } from '../design/designSchema';

export type Argument = [name: string, code: string];

export interface Literals {
  string(value: string): string;
  boolean(value: boolean): string;
  stringList(values: readonly string[]): string;
  /** A list of items, on one line when it fits, else one per line below `indent`. */
  itemList(items: readonly string[], indent: string): string;
}

const ifSet = <T>(value: T | undefined, print: (value: T) => string) =>
  value === undefined ? undefined : print(value);

function collect(entries: [string, string | undefined][]): Argument[] {
  return entries.filter((entry): entry is Argument => entry[1] !== undefined);
}

export function repositoryArguments(
  repo: RepositoryDesign,
  lit: Literals,
  indent: string,
): Argument[] {
  const filters = repo.imageTagMutabilityExclusionFilters?.map(
    (f) => `ecr.ImageTagMutabilityExclusionFilter.wildcard(${lit.string(f)})`,
  );
  return collect([
    ['repositoryName', ifSet(repo.repositoryName, lit.string)],
    ['imageScanOnPush', ifSet(repo.imageScanOnPush, lit.boolean)],
    ['imageTagMutability', ifSet(repo.imageTagMutability, (m) => `ecr.TagMutability.${m}`)],
    ['imageTagMutabilityExclusionFilters', ifSet(filters, (items) => lit.itemList(items, indent))],
    ['encryption', ifSet(repo.encryption, (e) => `ecr.RepositoryEncryption.${e}`)],
    ['removalPolicy', ifSet(repo.removalPolicy, (p) => `RemovalPolicy.${p}`)],
    ['emptyOnDelete', ifSet(repo.emptyOnDelete, lit.boolean)],
    ['lifecycleRegistryId', ifSet(repo.lifecycleRegistryId, lit.string)],
  ]);
}

export function ruleArguments(rule: LifecycleRuleDesign, lit: Literals): Argument[] {
  return collect([
    ['rulePriority', rule.rulePriority?.toString()],
    ['description', ifSet(rule.description, lit.string)],
    ['tagStatus', ifSet(rule.tagStatus, (s) => `ecr.TagStatus.${s}`)],
    ['tagPrefixList', ifSet(rule.tagPrefixList, lit.stringList)],
    ['tagPatternList', ifSet(rule.tagPatternList, lit.stringList)],
    ['maxImageCount', rule.maxImageCount?.toString()],
    ['maxImageAge', ifSet(rule.maxImageAgeDays, (days) => `Duration.days(${days})`)],
  ]);
}

/**
 * The CfnRepository.LifecyclePolicyProperty the escape hatch assigns (archive-era rules): the
 * whole policy replaces the L2's, so the registry id is repeated here.
 */
export function escapeHatchArguments(repo: RepositoryDesign, lit: Literals): Argument[] {
  return collect([
    ['lifecyclePolicyText', lit.string(escapeHatchPolicyText(repo.lifecycleRules ?? []))],
    ['registryId', ifSet(repo.lifecycleRegistryId, lit.string)],
  ]);
}
