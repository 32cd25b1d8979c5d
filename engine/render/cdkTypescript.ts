/** The CDK TypeScript stack module of a design (product.md "Outputs"). */

import { usesPolicyEscapeHatch } from '../cdk/lifecycleRules';
import type { Design, RepositoryDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import {
  escapeHatchArguments,
  type Literals,
  repositoryArguments,
  ruleArguments,
} from './cdkArguments';
import {
  allocateNames,
  entityStatements,
  eventRuleStatements,
  repositoryUsesVariable,
  usesTargets,
  type VariableNames,
} from './tsEntities';
import { lineWidth, list, objectLiteral, scopeNames } from './tsFormat';
import { tsString } from './tsLiteral';
import { grantStatements, resourcePolicyStatement } from './tsPolicies';

/** TypeScript literals for the shared argument lists (cdkArguments.ts). */
const tsLiterals: Literals = {
  string: tsString,
  boolean: String,
  stringList: (values) => list(values),
  itemList(items, indent) {
    const base = `${indent}  `;
    const inline = `[${items.join(', ')}]`;
    if (inline.length <= lineWidth - base.length - 40) return inline;
    return `[\n${items.map((item) => `${base}  ${item},\n`).join('')}${base}]`;
  },
};

/** The statements that create one repository (construct, rules, tags, event rules, policy). */
export function repositoryStatements(
  design: Design,
  index: number,
  names: VariableNames,
): string[] {
  const repo = design.repositories[index]!;
  const variable = names.repositoryList[index]!;
  const indent = '    ';
  const rules = repo.lifecycleRules ?? [];
  const tags = Object.entries(repo.tags ?? {});
  const used = rules.length > 0 || tags.length > 0 || repositoryUsesVariable(design, index);
  const head = `${indent}${used ? `const ${variable} = ` : ''}new ecr.Repository(this, ${tsString(repo.id)}`;
  const props = repositoryArguments(repo, tsLiterals, indent);
  const key = repo.encryptionKey === undefined ? undefined : names.keys.get(repo.encryptionKey);
  if (key) props.push(['encryptionKey', key]);
  const construct =
    props.length === 0
      ? `${head});`
      : `${head}, ${objectLiteral(props, indent, head.length + 2)});`;
  const cfnVariable = names.cfnRepositories.get(index);
  const ruleCalls = cfnVariable
    ? escapeHatchStatements(repo, variable, cfnVariable, indent)
    : rules.map((rule) => {
        const call = `${indent}${variable}.addLifecycleRule(`;
        return `${call}${objectLiteral(ruleArguments(rule, tsLiterals), indent, call.length)});`;
      });
  const tagCalls = tags.map(
    ([key, value]) => `${indent}Tags.of(${variable}).add(${tsString(key)}, ${tsString(value)});`,
  );
  return [
    construct,
    ...ruleCalls,
    ...tagCalls,
    ...(repo.eventRules ?? []).flatMap((rule, i) =>
      eventRuleStatements(rule, `${index}/${i}`, variable, names),
    ),
    ...(repo.resourcePolicy ?? []).map((s) => resourcePolicyStatement(s, variable, names)),
  ];
}

/**
 * aws-cdk-lib 2.276.0's L2 cannot express archive-era rules: the whole policy goes on the
 * CfnRepository. Assigning the property (not addPropertyOverride) keeps CloudFormation's key order.
 */
function escapeHatchStatements(
  repo: RepositoryDesign,
  variable: string,
  cfnVariable: string,
  indent: string,
): string[] {
  const assign = `${indent}${cfnVariable}.lifecyclePolicy = `;
  const props = escapeHatchArguments(repo, tsLiterals);
  return [
    `${indent}const ${cfnVariable} = ${variable}.node.defaultChild as ecr.CfnRepository;`,
    `${assign}${objectLiteral(props, indent, assign.length)};`,
  ];
}

/** True when some repository calls addLifecycleRule with a maxImageAge (Duration). */
function usesDuration(design: Design): boolean {
  return design.repositories.some(
    (r) =>
      !usesPolicyEscapeHatch(r.lifecycleRules) &&
      r.lifecycleRules?.some((rule) => rule.maxImageAgeDays !== undefined),
  );
}

/** The aws-cdk-lib core names the stack uses besides Stack, sorted (TypeScript and Python alike). */
export function coreNamesUsed(design: Design): string[] {
  const repos = design.repositories;
  const names: string[] = [];
  if (usesDuration(design)) names.push('Duration');
  if (
    repos.some((r) => r.removalPolicy !== undefined) ||
    design.keys?.some((k) => k.keyArn === undefined && k.removalPolicy !== undefined)
  )
    names.push('RemovalPolicy');
  if (repos.some((r) => Object.keys(r.tags ?? {}).length > 0)) names.push('Tags');
  return names;
}

function coreImports(design: Design): string[] {
  const names = ['Stack', 'type StackProps', ...coreNamesUsed(design)];
  const bare = (name: string) => name.replace('type ', '');
  return names.sort((a, b) => (bare(a) < bare(b) ? -1 : 1));
}

/** The aws-cdk-lib submodules the generated statements use (noUnusedLocals: no others). */
function moduleImports(design: Design, names: VariableNames): string[] {
  const grants = design.grants ?? [];
  const used: Record<string, boolean> = {
    ecr:
      design.repositories.length > 0 ||
      grants.some((g) => !('repository' in g) && names.principals.has(g.principal)),
    'events-targets': usesTargets(design, names),
    iam:
      (design.principals?.length ?? 0) > 0 ||
      design.repositories.some((r) => (r.resourcePolicy?.length ?? 0) > 0),
    kms: (design.keys?.length ?? 0) > 0,
    lambda: (design.functions?.length ?? 0) > 0,
    sns: (design.topics?.length ?? 0) > 0,
    sqs: (design.queues?.length ?? 0) > 0,
  };
  return Object.entries(used)
    .filter(([, isUsed]) => isUsed)
    .map(([module]) => {
      const alias = module === 'events-targets' ? 'targets' : module;
      return `import * as ${alias} from 'aws-cdk-lib/aws-${module}';`;
    });
}

/** Variable names of every construct; the Python output uses the same names, snake_cased. */
export function variableNames(design: Design): { names: VariableNames; taken: Set<string> } {
  const taken = new Set([...scopeNames, design.stackName ?? defaultStackName]);
  return { names: allocateNames(design, taken), taken };
}

/**
 * Renders the design as one self-contained CDK TypeScript module exporting the stack class.
 * Construct order (it decides template order): keys, principals, topics, queues, functions,
 * repositories (each with its lifecycle rules, tags, event rules, resource policy), then grants.
 */
export function renderCdkTypescript(design: Design): string {
  const className = design.stackName ?? defaultStackName;
  const { names } = variableNames(design);
  const entities = entityStatements(design, names);
  const blocks = design.repositories.map((_, index) =>
    repositoryStatements(design, index, names).join('\n'),
  );
  const grants = grantStatements(design, names);
  const sections = [entities, ...blocks.map((b) => [b]), grants].filter((s) => s.length > 0);
  const body = sections.map((s) => s.join('\n')).join('\n\n');
  return [
    `import { ${coreImports(design).join(', ')} } from 'aws-cdk-lib';`,
    ...moduleImports(design, names),
    "import type { Construct } from 'constructs';",
    '',
    `export class ${className} extends Stack {`,
    '  constructor(scope: Construct, id: string, props?: StackProps) {',
    '    super(scope, id, props);',
    ...(body === '' ? [] : ['', body]),
    '  }',
    '}',
    '',
  ].join('\n');
}
