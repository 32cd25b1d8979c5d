/** The CDK TypeScript stack module of a design (product.md "Outputs"). */
import type { Design, LifecycleRuleDesign, RepositoryDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import { tsIdentifier, tsString } from './tsLiteral';

const lineWidth = 100;

/** Names the generated module may not use for repository variables. */
const scopeNames = [
  'ecr',
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

type Prop = [name: string, code: string];

function list(values: readonly string[], render: (value: string) => string = tsString): string {
  return `[${values.map(render).join(', ')}]`;
}

/** `{ a: 1, b: 2 }` on one line when it fits, else one property per line. */
function objectLiteral(props: readonly Prop[], indent: string, prefixLength: number): string {
  const inline = `{ ${props.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  if (prefixLength + inline.length + 2 <= lineWidth && !inline.includes('\n')) return inline;
  const inner = `${indent}  `;
  return `{\n${props.map(([k, v]) => `${inner}${k}: ${v},\n`).join('')}${indent}}`;
}

function exclusionFilters(filters: readonly string[], indent: string): string {
  const items = filters.map(
    (f) => `ecr.ImageTagMutabilityExclusionFilter.wildcard(${tsString(f)})`,
  );
  const inline = `[${items.join(', ')}]`;
  if (inline.length <= lineWidth - indent.length - 40) return inline;
  return `[\n${items.map((item) => `${indent}  ${item},\n`).join('')}${indent}]`;
}

function repositoryProps(repo: RepositoryDesign, indent: string): Prop[] {
  const props: Prop[] = [];
  const add = (name: string, code: string | undefined) =>
    code !== undefined && props.push([name, code]);
  add(
    'repositoryName',
    repo.repositoryName === undefined ? undefined : tsString(repo.repositoryName),
  );
  add('imageScanOnPush', repo.imageScanOnPush?.toString());
  add(
    'imageTagMutability',
    repo.imageTagMutability && `ecr.TagMutability.${repo.imageTagMutability}`,
  );
  const filters = repo.imageTagMutabilityExclusionFilters;
  add('imageTagMutabilityExclusionFilters', filters && exclusionFilters(filters, `${indent}  `));
  add('encryption', repo.encryption && `ecr.RepositoryEncryption.${repo.encryption}`);
  add('removalPolicy', repo.removalPolicy && `RemovalPolicy.${repo.removalPolicy}`);
  add('emptyOnDelete', repo.emptyOnDelete?.toString());
  add(
    'lifecycleRegistryId',
    repo.lifecycleRegistryId === undefined ? undefined : tsString(repo.lifecycleRegistryId),
  );
  return props;
}

/** Key order matters: CDK's error text prints the rule object as written. */
function ruleProps(rule: LifecycleRuleDesign): Prop[] {
  const props: Prop[] = [];
  const add = (name: string, code: string | undefined) =>
    code !== undefined && props.push([name, code]);
  add('rulePriority', rule.rulePriority?.toString());
  add('description', rule.description === undefined ? undefined : tsString(rule.description));
  add('tagStatus', rule.tagStatus && `ecr.TagStatus.${rule.tagStatus}`);
  add('tagPrefixList', rule.tagPrefixList && list(rule.tagPrefixList));
  add('tagPatternList', rule.tagPatternList && list(rule.tagPatternList));
  add('maxImageCount', rule.maxImageCount?.toString());
  add(
    'maxImageAge',
    rule.maxImageAgeDays === undefined ? undefined : `Duration.days(${rule.maxImageAgeDays})`,
  );
  return props;
}

function repositoryStatements(repo: RepositoryDesign, variable: string): string[] {
  const indent = '    ';
  const rules = repo.lifecycleRules ?? [];
  const tags = Object.entries(repo.tags ?? {});
  const used = rules.length > 0 || tags.length > 0;
  const head = `${indent}${used ? `const ${variable} = ` : ''}new ecr.Repository(this, ${tsString(repo.id)}`;
  const props = repositoryProps(repo, indent);
  const construct =
    props.length === 0
      ? `${head});`
      : `${head}, ${objectLiteral(props, indent, head.length + 2)});`;
  const ruleCalls = rules.map((rule) => {
    const call = `${indent}${variable}.addLifecycleRule(`;
    return `${call}${objectLiteral(ruleProps(rule), indent, call.length)});`;
  });
  const tagCalls = tags.map(
    ([key, value]) => `${indent}Tags.of(${variable}).add(${tsString(key)}, ${tsString(value)});`,
  );
  return [construct, ...ruleCalls, ...tagCalls];
}

function coreImports(design: Design): string[] {
  const repos = design.repositories;
  const names = ['Stack', 'type StackProps'];
  if (repos.some((r) => r.lifecycleRules?.some((rule) => rule.maxImageAgeDays !== undefined)))
    names.push('Duration');
  if (repos.some((r) => r.removalPolicy !== undefined)) names.push('RemovalPolicy');
  if (repos.some((r) => Object.keys(r.tags ?? {}).length > 0)) names.push('Tags');
  const bare = (name: string) => name.replace('type ', '');
  return names.sort((a, b) => (bare(a) < bare(b) ? -1 : 1));
}

/** The variable of each repository; the Python output uses the same names, snake_cased as rosetta does. */
export function repositoryVariables(design: Design): string[] {
  const taken = new Set([...scopeNames, design.stackName ?? defaultStackName]);
  return design.repositories.map((repo) => tsIdentifier(repo.id, 'repository', taken));
}

/** Renders the design as one self-contained CDK TypeScript module exporting the stack class. */
export function renderCdkTypescript(design: Design): string {
  const className = design.stackName ?? defaultStackName;
  const variables = repositoryVariables(design);
  const blocks = design.repositories.map((repo, index) =>
    repositoryStatements(repo, variables[index]!).join('\n'),
  );
  return [
    `import { ${coreImports(design).join(', ')} } from 'aws-cdk-lib';`,
    ...(design.repositories.length > 0 ? ["import * as ecr from 'aws-cdk-lib/aws-ecr';"] : []),
    "import type { Construct } from 'constructs';",
    '',
    `export class ${className} extends Stack {`,
    '  constructor(scope: Construct, id: string, props?: StackProps) {',
    '    super(scope, id, props);',
    ...blocks.flatMap((block) => ['', block]),
    '  }',
    '}',
    '',
  ].join('\n');
}
