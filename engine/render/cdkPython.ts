/** The CDK Python stack module of a design, as the CDK Python documentation writes it. */
import type { Design, LifecycleRuleDesign, RepositoryDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import { repositoryVariables } from './cdkTypescript';
import { pyString, pythonNameOf } from './pyLiteral';

const lineWidth = 100;

type Arg = [name: string, code: string];

const pyBool = (value: boolean) => (value ? 'True' : 'False');
const pyList = (values: readonly string[]) => `[${values.map(pyString).join(', ')}]`;

/** `call(a, b=1)` on one line when it fits, else one argument per line as rosetta prints it. */
function call(
  head: string,
  positional: readonly string[],
  args: readonly Arg[],
  indent: string,
): string {
  const all = [...positional, ...args.map(([k, v]) => `${k}=${v}`)];
  const inline = `${indent}${head}(${all.join(', ')})`;
  if (inline.length <= lineWidth && !inline.includes('\n')) return inline;
  const inner = `${indent}    `;
  const first = positional.length > 0 ? `${positional.join(', ')},` : '';
  return `${indent}${head}(${first}\n${args.map(([k, v]) => `${inner}${k}=${v}`).join(',\n')}\n${indent})`;
}

function exclusionFilters(filters: readonly string[], indent: string): string {
  const items = filters.map(
    (f) => `ecr.ImageTagMutabilityExclusionFilter.wildcard(${pyString(f)})`,
  );
  const inline = `[${items.join(', ')}]`;
  if (inline.length <= lineWidth - indent.length - 40) return inline;
  return `[\n${items.map((item) => `${indent}    ${item}`).join(',\n')}\n${indent}]`;
}

function repositoryArgs(repo: RepositoryDesign, indent: string): Arg[] {
  const args: Arg[] = [];
  const add = (name: string, code: string | undefined) =>
    code !== undefined && args.push([name, code]);
  add(
    'repository_name',
    repo.repositoryName === undefined ? undefined : pyString(repo.repositoryName),
  );
  add(
    'image_scan_on_push',
    repo.imageScanOnPush === undefined ? undefined : pyBool(repo.imageScanOnPush),
  );
  add(
    'image_tag_mutability',
    repo.imageTagMutability && `ecr.TagMutability.${repo.imageTagMutability}`,
  );
  const filters = repo.imageTagMutabilityExclusionFilters;
  add(
    'image_tag_mutability_exclusion_filters',
    filters && exclusionFilters(filters, `${indent}    `),
  );
  add('encryption', repo.encryption && `ecr.RepositoryEncryption.${repo.encryption}`);
  add('removal_policy', repo.removalPolicy && `RemovalPolicy.${repo.removalPolicy}`);
  add('empty_on_delete', repo.emptyOnDelete === undefined ? undefined : pyBool(repo.emptyOnDelete));
  add(
    'lifecycle_registry_id',
    repo.lifecycleRegistryId === undefined ? undefined : pyString(repo.lifecycleRegistryId),
  );
  return args;
}

function ruleArgs(rule: LifecycleRuleDesign): Arg[] {
  const args: Arg[] = [];
  const add = (name: string, code: string | undefined) =>
    code !== undefined && args.push([name, code]);
  add('rule_priority', rule.rulePriority?.toString());
  add('description', rule.description === undefined ? undefined : pyString(rule.description));
  add('tag_status', rule.tagStatus && `ecr.TagStatus.${rule.tagStatus}`);
  add('tag_prefix_list', rule.tagPrefixList && pyList(rule.tagPrefixList));
  add('tag_pattern_list', rule.tagPatternList && pyList(rule.tagPatternList));
  add('max_image_count', rule.maxImageCount?.toString());
  add(
    'max_image_age',
    rule.maxImageAgeDays === undefined ? undefined : `Duration.days(${rule.maxImageAgeDays})`,
  );
  return args;
}

/** The statements that create one repository; `self` is the scope, as in the seed documentation. */
export function repositoryStatementsPy(
  repo: RepositoryDesign,
  variable: string,
  indent: string,
): string[] {
  const rules = repo.lifecycleRules ?? [];
  const tags = Object.entries(repo.tags ?? {});
  const used = rules.length > 0 || tags.length > 0;
  const construct = call(
    'ecr.Repository',
    ['self', pyString(repo.id)],
    repositoryArgs(repo, indent),
    indent,
  );
  const head = used ? `${indent}${variable} = ${construct.slice(indent.length)}` : construct;
  return [
    head,
    ...rules.map((rule) => call(`${variable}.add_lifecycle_rule`, [], ruleArgs(rule), indent)),
    ...tags.map(
      ([key, value]) => `${indent}Tags.of(${variable}).add(${pyString(key)}, ${pyString(value)})`,
    ),
  ];
}

function coreImports(design: Design): string[] {
  const repos = design.repositories;
  const names = ['Stack'];
  if (repos.some((r) => r.lifecycleRules?.some((rule) => rule.maxImageAgeDays !== undefined)))
    names.push('Duration');
  if (repos.some((r) => r.removalPolicy !== undefined)) names.push('RemovalPolicy');
  if (repos.some((r) => Object.keys(r.tags ?? {}).length > 0)) names.push('Tags');
  return names.sort();
}

/** Renders the design as one CDK Python module defining the stack class. */
export function renderCdkPython(design: Design): string {
  const className = design.stackName ?? defaultStackName;
  const variables = repositoryVariables(design).map(pythonNameOf);
  const blocks = design.repositories.map((repo, index) =>
    repositoryStatementsPy(repo, variables[index]!, '        ').join('\n'),
  );
  const imports = coreImports(design);
  return [
    `from aws_cdk import ${imports.join(', ')}`,
    ...(design.repositories.length > 0 ? ['from aws_cdk import aws_ecr as ecr'] : []),
    'from constructs import Construct',
    '',
    '',
    `class ${className}(Stack):`,
    '    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:',
    '        super().__init__(scope, construct_id, **kwargs)',
    ...blocks.flatMap((block) => ['', block]),
    '',
  ].join('\n');
}
