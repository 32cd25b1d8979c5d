/**
 * The variables of the stack module, for both languages: camelCase names the TypeScript uses and
 * the Python snake_cases. Statements whose references do not resolve are left out (the design
 * already has an error for them), so the module always type-checks.
 */

import { type ConstructNode, entityListOf } from '../../cdk/constructNode';
import {
  type ConstructTree,
  constructTree,
  eventRuleNodes,
  repositoryNodes,
} from '../../cdk/constructTree';
import { type KeptPermission, keptPermissions } from '../../cdk/lambdaPermissions';
import { usesPolicyEscapeHatch } from '../../cdk/lifecycleRules';
import { keepsRegistryLogicalId, registryNodesOf } from '../../cdk/registryNodes';
import { hasResourceOptions } from '../../cdk/resourceOptions';
import type { Design } from '../../design/designSchema';
import type { EventRuleDesign, TargetDesign } from '../../design/entitySchemas';
import type { EntityList } from '../../design/stackConstructs';
import { tsIdentifier } from './identifiers';
import { submodules } from './model';

/** Names no variable may take: the module's imports and the constructor's parameters. */
const scopeNames = [
  ...Object.values(submodules),
  'CfnOutput',
  'Duration',
  'RemovalPolicy',
  'Stack',
  'StackProps',
  'Tags',
  'Construct',
  'scope',
  'id',
  'props',
];

/** Variable names of the constructs, by kind and id (the first entity with an id wins). */
export interface VariableNames {
  keys: Map<string, string>;
  principals: Map<string, string>;
  topics: Map<string, string>;
  queues: Map<string, string>;
  functions: Map<string, string>;
  repositories: Map<string, string>;
  /** One variable per repository, by design index. */
  repositoryList: string[];
  /** Variables of event rules with several targets, by `repositoryIndex/ruleIndex`. */
  rules: Map<string, string>;
  /** `cfnRepository` variables of repositories whose archive-era rules use the escape hatch, by index. */
  cfnRepositories: Map<number, string>;
  /** Variables of the registry's L1s that keep their logical ID, by design path (`registry/…`). */
  registry: Map<string, string>;
}

/** Variable names of every construct, none clashing with the module's own names. */
export function variableNames(design: Design, tree = constructTree(design)): VariableNames {
  return allocateNames(design, tree, new Set([...scopeNames, tree.stackName]));
}

const fallbackNames: Record<EntityList, string> = {
  keys: 'key',
  principals: 'principal',
  topics: 'topic',
  queues: 'queue',
  functions: 'fn',
  repositories: 'repository',
};

/**
 * Names in the tree's creation order: every entry of the stack (a repeated id takes a name it
 * never uses), then the event rules that need one, then the `cfnRepository` variables.
 */
export function allocateNames(
  design: Design,
  tree: ConstructTree,
  taken: Set<string>,
): VariableNames {
  const result: VariableNames = {
    keys: new Map(),
    principals: new Map(),
    topics: new Map(),
    queues: new Map(),
    functions: new Map(),
    repositories: new Map(),
    repositoryList: [],
    rules: new Map(),
    cfnRepositories: new Map(),
    registry: new Map(),
  };
  for (const entry of tree.entries) {
    const list = entityListOf(entry);
    if (list === undefined) continue;
    const name = tsIdentifier(entry.id, fallbackNames[list], taken);
    if (list === 'repositories') result.repositoryList[entry.index] = name;
    if (!result[list].has(entry.id)) result[list].set(entry.id, name);
  }
  const repositories = repositoryNodes(tree);
  for (const repository of repositories) {
    const rules = design.repositories[repository.index]!.eventRules ?? [];
    for (const node of eventRuleNodes(repository))
      if (
        ruleTargets(rules[node.index]!, result).length > 1 ||
        keepsLogicalId(design, rules[node.index]!, node)
      )
        result.rules.set(`${repository.index}/${node.index}`, tsIdentifier(node.id, 'rule', taken));
  }
  // Allocated last, so archive-era rules never rename the other variables.
  for (const { index } of repositories) {
    if (usesPolicyEscapeHatch(design.repositories[index]!.lifecycleRules))
      result.cfnRepositories.set(
        index,
        tsIdentifier(`cfn-${result.repositoryList[index]}`, 'cfnRepository', taken),
      );
  }
  for (const node of registryNodesOf(tree.children))
    if (node.kind !== 'creationTemplate' && keepsRegistryLogicalId(design, node))
      result.registry.set(node.designPath.join('/'), tsIdentifier(node.id, 'registry', taken));
  return result;
}

export type TargetKind = 'topic' | 'queue' | 'function';

/** The variables of the entities statements name: keys, principals and event targets. */
export type EntityNames = Pick<
  VariableNames,
  'keys' | 'principals' | 'topics' | 'queues' | 'functions'
>;

type TargetNames = Pick<EntityNames, 'topics' | 'queues' | 'functions'>;

/** What an event target names, when it names exactly one topic, queue or function that exists. */
export function targetVariable(
  target: TargetDesign,
  names: TargetNames,
): { kind: TargetKind; name: string } | undefined {
  const given = (['topic', 'queue', 'function'] as const).filter((k) => target[k] !== undefined);
  if (given.length !== 1) return undefined;
  const kind = given[0]!;
  const maps = { topic: names.topics, queue: names.queues, function: names.functions };
  const name = maps[kind].get(target[kind]!);
  return name === undefined ? undefined : { kind, name };
}

/** A rule that keeps its logical ID, or its Lambda permission's, sets it through its variable. */
export const keepsLogicalId = (design: Design, rule: EventRuleDesign, node: ConstructNode) =>
  rule.logicalId !== undefined || keptPermissions(design, rule, node).length > 0;

/** The targets of a rule that resolve, in order. */
export function ruleTargets(rule: EventRuleDesign, names: TargetNames): TargetDesign[] {
  return (rule.targets ?? []).filter((t) => targetVariable(t, names) !== undefined);
}

function referencedIds(design: Design) {
  const rules = design.repositories.flatMap((r) => r.eventRules ?? []);
  const targets = rules.flatMap((rule) => rule.targets ?? []);
  const statements = design.repositories.flatMap((r) => r.resourcePolicy ?? []);
  const grants = design.grants ?? [];
  const outputs = design.outputs ?? [];
  const registry = design.registry;
  const registryPrincipals = [
    ...(registry?.policy?.statements ?? []).flatMap((s) => s.principals ?? []),
    ...(registry?.pullTimeUpdateExclusions ?? []).map((e) => e.principal),
  ];
  return {
    keys: new Set([
      ...design.repositories.map((r) => r.encryptionKey),
      ...(design.registry?.creationTemplates ?? []).map((t) => t.encryptionKey),
      ...outputs.map((o) => (o.value === 'keyArn' ? o.key : undefined)),
    ]),
    principals: new Set([
      ...statements.flatMap((s) => s.principals ?? []),
      ...grants.map((g) => g.principal),
      ...registryPrincipals,
    ]),
    topics: new Set([
      ...targets.map((t) => t.topic),
      ...outputs.map((o) => (o.value === 'topicArn' ? o.topic : undefined)),
    ]),
    queues: new Set(targets.map((t) => t.queue)),
    functions: new Set(targets.map((t) => t.function)),
  };
}

/** The entity variables the generated code reads, so only those are declared (noUnusedLocals). */
export function usedEntityVariables(design: Design, names: VariableNames): Set<string> {
  const used = referencedIds(design);
  const out = new Set<string>();
  const add = (set: Set<string | undefined>, map: Map<string, string>) => {
    for (const [id, variable] of map) if (set.has(id)) out.add(variable);
  };
  add(used.keys, names.keys);
  add(used.principals, names.principals);
  add(used.topics, names.topics);
  add(used.queues, names.queues);
  add(used.functions, names.functions);
  return out;
}

/**
 * Rules, statements, grants or outputs read the repository's variable (grants and outputs read
 * the first of an id).
 */
export function repositoryUsesVariable(design: Design, index: number): boolean {
  const repo = design.repositories[index]!;
  const first = design.repositories.findIndex((r) => r.id === repo.id) === index;
  const names = (entry: object) => 'repository' in entry && entry.repository === repo.id;
  return (
    (repo.eventRules?.length ?? 0) > 0 ||
    (repo.resourcePolicy?.length ?? 0) > 0 ||
    (first && [...(design.grants ?? []), ...(design.outputs ?? [])].some(names))
  );
}

/**
 * All that one repository's statements read of the module's names: its own variables and those
 * of the entities it names, no others, so its statements can be kept while these stay the same.
 */
export interface RepositoryNames {
  variable: string;
  /** Its variable is declared when later statements read it. */
  declared: boolean;
  /** Its CfnRepository's variable, when archive-era rules make it set the whole policy. */
  cfnVariable: string | undefined;
  /**
   * Its event rules, as the tree holds them below it: each rule's index in the repository's
   * `eventRules`, with its variable when it has several targets or keeps its logical ID (or
   * a Lambda permission's), and the permissions it keeps the logical IDs of.
   */
  eventRules: { index: number; variable: string | undefined; permissions: KeptPermission[] }[];
  entities: EntityNames;
}

/** The entries of `names` for these ids, in their order. */
function namesOf(names: ReadonlyMap<string, string>, ids: readonly (string | undefined)[]) {
  const picked = new Map<string, string>();
  for (const id of ids) {
    const name = id === undefined ? undefined : names.get(id);
    if (id !== undefined && name !== undefined) picked.set(id, name);
  }
  return picked;
}

/** The names the statements of a repository (a node of the construct tree) read. */
export function repositoryNames(
  design: Design,
  repository: ConstructNode,
  names: VariableNames,
): RepositoryNames {
  const { index } = repository;
  const repo = design.repositories[index]!;
  const targets = (repo.eventRules ?? []).flatMap((rule) => rule.targets ?? []);
  const targetIds = (kind: TargetKind) => targets.map((target) => target[kind]);
  const principals = (repo.resourcePolicy ?? []).flatMap((s) => s.principals ?? []);
  const declared =
    (repo.lifecycleRules?.length ?? 0) > 0 ||
    Object.keys(repo.tags ?? {}).length > 0 ||
    hasResourceOptions(repo) ||
    repositoryUsesVariable(design, index);
  return {
    variable: names.repositoryList[index]!,
    declared,
    cfnVariable: names.cfnRepositories.get(index),
    eventRules: eventRuleNodes(repository).map((node) => ({
      index: node.index,
      variable: names.rules.get(`${index}/${node.index}`),
      permissions: keptPermissions(design, repo.eventRules![node.index]!, node),
    })),
    entities: {
      keys: namesOf(names.keys, [repo.encryptionKey]),
      principals: namesOf(names.principals, principals),
      topics: namesOf(names.topics, targetIds('topic')),
      queues: namesOf(names.queues, targetIds('queue')),
      functions: namesOf(names.functions, targetIds('function')),
    },
  };
}
