/** The CDK Python stack module of a design, as the CDK Python documentation writes it. */
import type { Design, RepositoryDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import {
  type Argument,
  escapeHatchArguments,
  type Literals,
  repositoryArguments,
  ruleArguments,
} from './cdkArguments';
import { coreNamesUsed, variableNames } from './cdkTypescript';
import {
  entityStatementsPy,
  eventRuleStatementsPy,
  grantStatementsPy,
  resourcePolicyStatementPy,
} from './pyEntities';
import { type Arg, call, lineWidth, pyBool, pyList } from './pyFormat';
import { pyString, pythonNameOf } from './pyLiteral';
import { repositoryUsesVariable, usedEntityVariables, type VariableNames } from './tsEntities';

/** Python literals for the shared argument lists (cdkArguments.ts). */
const pyLiterals: Literals = {
  string: pyString,
  boolean: pyBool,
  stringList: pyList,
  itemList(items, indent) {
    const base = `${indent}    `;
    const inline = `[${items.join(', ')}]`;
    if (inline.length <= lineWidth - base.length - 40) return inline;
    return `[\n${items.map((item) => `${base}    ${item}`).join(',\n')}\n${base}]`;
  },
};

const snakeCased = (args: Argument[]): Arg[] =>
  args.map(([name, code]) => [pythonNameOf(name), code]);

/** What the repository's statements refer to: its key, rules, principals and targets. */
export interface RepositoryContext {
  names: VariableNames;
  /** Index of the repository in the design. */
  index: number;
  /** True when later statements (event rules, resource policy, grants) read its variable. */
  referenced: boolean;
}

/** The statements that create one repository; `self` is the scope, as in the seed documentation. */
export function repositoryStatementsPy(
  repo: RepositoryDesign,
  variable: string,
  indent: string,
  context?: RepositoryContext,
): string[] {
  const rules = repo.lifecycleRules ?? [];
  const tags = Object.entries(repo.tags ?? {});
  const used = rules.length > 0 || tags.length > 0 || context?.referenced === true;
  const args = snakeCased(repositoryArguments(repo, pyLiterals, indent));
  const key = repo.encryptionKey && context?.names.keys.get(repo.encryptionKey);
  if (key) args.push(['encryption_key', pythonNameOf(key)]);
  const construct = call('ecr.Repository', ['self', pyString(repo.id)], args, indent);
  const head = used ? `${indent}${variable} = ${construct.slice(indent.length)}` : construct;
  const names = context?.names;
  const cfnVariable = context && names?.cfnRepositories.get(context.index);
  // The escape hatch of archive-era rules, as rosetta translates the TypeScript's cast.
  const ruleStatements = cfnVariable
    ? [
        `${indent}${pythonNameOf(cfnVariable)} = ${variable}.node.default_child`,
        `${indent}${pythonNameOf(cfnVariable)}.lifecycle_policy = ${call(
          'ecr.CfnRepository.LifecyclePolicyProperty',
          [],
          snakeCased(escapeHatchArguments(repo, pyLiterals)),
          indent,
        ).slice(indent.length)}`,
      ]
    : rules.map((rule) =>
        call(
          `${variable}.add_lifecycle_rule`,
          [],
          snakeCased(ruleArguments(rule, pyLiterals)),
          indent,
        ),
      );
  return [
    head,
    ...ruleStatements,
    ...tags.map(
      ([key, value]) => `${indent}Tags.of(${variable}).add(${pyString(key)}, ${pyString(value)})`,
    ),
    ...(names
      ? (repo.eventRules ?? []).flatMap((rule, i) =>
          eventRuleStatementsPy(rule, `${context.index}/${i}`, variable, names),
        )
      : []),
    ...(names
      ? (repo.resourcePolicy ?? []).map((s) => resourcePolicyStatementPy(s, variable, names))
      : []),
  ];
}

/** The aws_cdk submodules the Python uses, as `from aws_cdk import aws_x as x` lines. */
function moduleImports(design: Design, body: string): string[] {
  const modules: [string, string][] = [
    ['aws_ecr', 'ecr'],
    ['aws_events_targets', 'targets'],
    ['aws_iam', 'iam'],
    ['aws_kms', 'kms'],
    ['aws_lambda', 'lambda_'],
    ['aws_sns', 'sns'],
    ['aws_sqs', 'sqs'],
  ];
  const used = (alias: string) =>
    alias === 'ecr'
      ? design.repositories.length > 0 || /\becr\./.test(body)
      : body.includes(`${alias}.`);
  return modules
    .filter(([, alias]) => used(alias))
    .map(([module, alias]) => `from aws_cdk import ${module} as ${alias}`);
}

/** Renders the design as one CDK Python module defining the stack class. */
export function renderCdkPython(design: Design): string {
  const className = design.stackName ?? defaultStackName;
  const { names } = variableNames(design);
  const declared = usedEntityVariables(design, names);
  const indent = '        ';
  const blocks = design.repositories.map((repo, index) =>
    repositoryStatementsPy(repo, pythonNameOf(names.repositoryList[index]!), indent, {
      names,
      index,
      referenced: repositoryUsesVariable(design, index),
    }).join('\n'),
  );
  const sections = [
    entityStatementsPy(design, names, (v) => declared.has(v)),
    ...blocks.map((b) => [b]),
    grantStatementsPy(design, names),
  ].filter((section) => section.length > 0);
  const body = sections.map((section) => section.join('\n')).join('\n\n');
  return [
    `from aws_cdk import ${['Stack', ...coreNamesUsed(design)].sort().join(', ')}`,
    ...moduleImports(design, body),
    'from constructs import Construct',
    '',
    '',
    `class ${className}(Stack):`,
    '    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:',
    '        super().__init__(scope, construct_id, **kwargs)',
    ...(body === '' ? [] : ['', body]),
    '',
  ].join('\n');
}
