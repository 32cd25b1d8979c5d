/**
 * Generated TypeScript for keys, principals, event targets, event rules, resource policy
 * statements and grants. Statements whose references do not resolve are left out (the
 * design already has an error for them), so the module always type-checks.
 */

import { usesPolicyEscapeHatch } from '../cdk/lifecycleRules';
import type { Design, KeyDesign, PrincipalDesign } from '../design/designSchema';
import type { EventRuleDesign, TargetDesign } from '../design/entitySchemas';
import { lineWidth, list, objectLiteral, type Prop } from './tsFormat';
import { tsIdentifier, tsString } from './tsLiteral';

const indent = '    ';

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
}

export function allocateNames(design: Design, taken: Set<string>): VariableNames {
  const names = (list: readonly { id: string }[] | undefined, fallback: string) => {
    const map = new Map<string, string>();
    for (const { id } of list ?? []) {
      const name = tsIdentifier(id, fallback, taken);
      if (!map.has(id)) map.set(id, name);
    }
    return map;
  };
  const result: VariableNames = {
    keys: names(design.keys, 'key'),
    principals: names(design.principals, 'principal'),
    topics: names(design.topics, 'topic'),
    queues: names(design.queues, 'queue'),
    functions: names(design.functions, 'fn'),
    repositories: new Map(),
    repositoryList: [],
    rules: new Map(),
    cfnRepositories: new Map(),
  };
  for (const repo of design.repositories) {
    const name = tsIdentifier(repo.id, 'repository', taken);
    result.repositoryList.push(name);
    if (!result.repositories.has(repo.id)) result.repositories.set(repo.id, name);
  }
  design.repositories.forEach((repo, r) => {
    (repo.eventRules ?? []).forEach((rule, i) => {
      if (ruleTargets(rule, result).length > 1)
        result.rules.set(`${r}/${i}`, tsIdentifier(rule.id, 'rule', taken));
    });
  });
  // Allocated last, so archive-era rules never rename the other variables.
  design.repositories.forEach((repo, r) => {
    if (usesPolicyEscapeHatch(repo.lifecycleRules))
      result.cfnRepositories.set(
        r,
        tsIdentifier(`cfn-${result.repositoryList[r]}`, 'cfnRepository', taken),
      );
  });
  return result;
}

/** `const x = ` when the variable is read later, else nothing (noUnusedLocals). */
const declare = (variable: string, used: boolean) => (used ? `const ${variable} = ` : '');

function keyStatement(key: KeyDesign, variable: string, used: boolean): string {
  const head = `${indent}${declare(variable, used)}`;
  if (key.keyArn !== undefined)
    return `${head}kms.Key.fromKeyArn(this, ${tsString(key.id)}, ${tsString(key.keyArn)});`;
  const props: Prop[] = [];
  if (key.alias !== undefined) props.push(['alias', tsString(key.alias)]);
  if (key.description !== undefined) props.push(['description', tsString(key.description)]);
  if (key.enableKeyRotation !== undefined)
    props.push(['enableKeyRotation', String(key.enableKeyRotation)]);
  if (key.removalPolicy !== undefined)
    props.push(['removalPolicy', `RemovalPolicy.${key.removalPolicy}`]);
  const call = `${head}new kms.Key(this, ${tsString(key.id)}`;
  return props.length === 0
    ? `${call});`
    : `${call}, ${objectLiteral(props, indent, call.length)});`;
}

/** `prefixLength` is what precedes the expression on its line (for wrapping the role's props). */
function principalExpression(principal: PrincipalDesign, prefixLength: number): string {
  const id = tsString(principal.id);
  switch (principal.type) {
    case 'User':
      return `new iam.User(this, ${id})`;
    case 'Role': {
      const { service, account } = principal.assumedBy;
      const assumedBy =
        service !== undefined
          ? `new iam.ServicePrincipal(${tsString(service)})`
          : `new iam.AccountPrincipal(${tsString(account ?? '')})`;
      const head = `new iam.Role(this, ${id}, `;
      return `${head}${objectLiteral([['assumedBy', assumedBy]], indent, prefixLength + head.length + 2)})`;
    }
    case 'Role.fromRoleArn':
      return `iam.Role.fromRoleArn(this, ${id}, ${tsString(principal.roleArn)})`;
    case 'AccountPrincipal':
      return `new iam.AccountPrincipal(${tsString(principal.accountId)})`;
    case 'AnyPrincipal':
      return 'new iam.AnyPrincipal()';
  }
}

function referencedIds(design: Design) {
  const rules = design.repositories.flatMap((r) => r.eventRules ?? []);
  const targets = rules.flatMap((rule) => rule.targets ?? []);
  const statements = design.repositories.flatMap((r) => r.resourcePolicy ?? []);
  const grants = design.grants ?? [];
  return {
    keys: new Set(design.repositories.map((r) => r.encryptionKey)),
    principals: new Set([
      ...statements.flatMap((s) => s.principals ?? []),
      ...grants.map((g) => g.principal),
    ]),
    topics: new Set(targets.map((t) => t.topic)),
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

/** Everything created before the repositories, in the documented construct order. */
export function entityStatements(design: Design, names: VariableNames): string[] {
  const used = usedEntityVariables(design, names);
  const lines: string[] = [];
  const each = <T extends { id: string }>(
    entities: readonly T[] | undefined,
    map: Map<string, string>,
    render: (e: T, variable: string, used: boolean) => string,
  ) => {
    const seen = new Set<string>();
    for (const entity of entities ?? []) {
      // A repeated id is never read: CDK throws on it before the next statement runs.
      const variable = seen.has(entity.id) ? undefined : map.get(entity.id);
      seen.add(entity.id);
      lines.push(render(entity, variable ?? '', variable !== undefined && used.has(variable)));
    }
  };
  each(design.keys, names.keys, keyStatement);
  each(design.principals, names.principals, (p, v, u) => {
    const head = `${indent}${declare(v, u)}`;
    return `${head}${principalExpression(p, head.length)};`;
  });
  each(
    design.topics,
    names.topics,
    (t, v, u) => `${indent}${declare(v, u)}new sns.Topic(this, ${tsString(t.id)});`,
  );
  each(
    design.queues,
    names.queues,
    (q, v, u) => `${indent}${declare(v, u)}new sqs.Queue(this, ${tsString(q.id)});`,
  );
  each(design.functions, names.functions, (f, v, u) => {
    const head = `${indent}${declare(v, u)}lambda.Function.`;
    if (!f.sameEnvironment)
      return `${head}fromFunctionArn(this, ${tsString(f.id)}, ${tsString(f.functionArn)});`;
    const props: Prop[] = [
      ['functionArn', tsString(f.functionArn)],
      ['sameEnvironment', 'true'],
    ];
    const call = `${head}fromFunctionAttributes(this, ${tsString(f.id)}, `;
    return `${call}${objectLiteral(props, indent, call.length)});`;
  });
  return lines;
}

export function targetExpression(target: TargetDesign, names: VariableNames): string | undefined {
  const pick = (map: Map<string, string>, id: string | undefined) =>
    id === undefined ? undefined : map.get(id);
  const given = [target.topic, target.queue, target.function].filter((t) => t !== undefined);
  if (given.length !== 1) return undefined;
  const topic = pick(names.topics, target.topic);
  if (topic) return `new targets.SnsTopic(${topic})`;
  const queue = pick(names.queues, target.queue);
  if (queue) return `new targets.SqsQueue(${queue})`;
  const fn = pick(names.functions, target.function);
  return fn && `new targets.LambdaFunction(${fn})`;
}

/** True when some addTarget call is generated. */
export function usesTargets(design: Design, names: VariableNames): boolean {
  return design.repositories.some((r) =>
    (r.eventRules ?? []).some((rule) =>
      (rule.targets ?? []).some((t) => targetExpression(t, names) !== undefined),
    ),
  );
}

function ruleOptions(rule: EventRuleDesign): Prop[] {
  const props: Prop[] = [];
  if (rule.imageTags !== undefined) props.push(['imageTags', list(rule.imageTags)]);
  if (rule.imageTag !== undefined) props.push(['imageTag', tsString(rule.imageTag)]);
  if (rule.description !== undefined) props.push(['description', tsString(rule.description)]);
  if (rule.ruleName !== undefined) props.push(['ruleName', tsString(rule.ruleName)]);
  return props;
}

/** The targets of a rule that resolve, in order. */
export function ruleTargets(rule: EventRuleDesign, names: VariableNames): TargetDesign[] {
  return (rule.targets ?? []).filter((t) => targetExpression(t, names) !== undefined);
}

/** `rule` is the event rule at `key` (`repositoryIndex/ruleIndex`). */
export function eventRuleStatements(
  rule: EventRuleDesign,
  key: string,
  repository: string,
  names: VariableNames,
): string[] {
  const targets = ruleTargets(rule, names).map((t) => targetExpression(t, names)!);
  const options = ruleOptions(rule);
  const head = `${repository}.${rule.method}(${tsString(rule.id)}`;
  const ruleVariable = names.rules.get(key);
  const prefix = ruleVariable ? `const ${ruleVariable} = ` : '';
  const call =
    options.length === 0
      ? `${head})`
      : `${head}, ${objectLiteral(options, indent, indent.length + prefix.length + head.length + 2)})`;
  if (targets.length === 0) return [`${indent}${call};`];
  if (targets.length === 1) {
    const line = `${indent}${call}.addTarget(${targets[0]});`;
    if (line.length <= lineWidth || call.includes('\n')) return [line];
    // Too long for one line: one call per line, as Prettier and Biome break member chains.
    const method = call.slice(repository.length);
    return [`${indent}${repository}\n${indent}  ${method}\n${indent}  .addTarget(${targets[0]});`];
  }
  const variable = prefix.slice('const '.length, -' = '.length);
  return [
    `${indent}${prefix}${call};`,
    ...targets.map((t) => `${indent}${variable}.addTarget(${t});`),
  ];
}

/** Rules, statements or grants read the repository's variable (grants read the first of an id). */
export function repositoryUsesVariable(design: Design, index: number): boolean {
  const repo = design.repositories[index]!;
  const first = design.repositories.findIndex((r) => r.id === repo.id) === index;
  return (
    (repo.eventRules?.length ?? 0) > 0 ||
    (repo.resourcePolicy?.length ?? 0) > 0 ||
    (first && (design.grants ?? []).some((g) => 'repository' in g && g.repository === repo.id))
  );
}
