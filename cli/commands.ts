/** The subcommands of `ecr-designer`, each returning its exit code. */
import { type Design, designJsonSchema, render } from '../engine/index';
import { writeCdkApp } from './appOutput';
import { oneOf, type ParsedArgs, UsageError } from './args';
import { formatFinding, readDesign, singleFile } from './io';

const formats = ['cfn-json', 'cfn-yaml', 'cdk-ts', 'cdk-py', 'lifecycle-json', 'cdk-app'] as const;
type Format = (typeof formats)[number];

/** Findings go to stderr; returns true when any of them makes the design invalid. */
function reportFindings(
  findings: { severity: string }[] & Parameters<typeof formatFinding>[0][],
): boolean {
  for (const finding of findings) console.error(formatFinding(finding));
  return findings.some((f) => f.severity !== 'warning');
}

function lifecycleJson(
  design: Design,
  result: ReturnType<typeof render>,
  repositoryId: string | undefined,
): string {
  const repositories =
    repositoryId === undefined
      ? result.repositories
      : result.repositories.filter((r) => r.id === repositoryId);
  if (repositoryId !== undefined && repositories.length === 0) {
    throw new UsageError(
      `no repository with id '${repositoryId}'; the design has ${design.repositories.map((r) => r.id).join(', ') || 'none'}`,
    );
  }
  if (repositories.length === 1) return repositories[0]!.lifecyclePolicyJson ?? '{}\n';
  const byId = Object.fromEntries(
    repositories.map((r) => [
      r.id,
      r.lifecyclePolicyJson ? JSON.parse(r.lifecyclePolicyJson) : null,
    ]),
  );
  return `${JSON.stringify(byId, null, 2)}\n`;
}

export async function renderCommand(args: ParsedArgs): Promise<number> {
  const format = oneOf(args.options.get('format'), formats, 'format');
  if (format === undefined) throw new UsageError(`render needs --format (${formats.join(', ')})`);
  if (format !== 'cdk-app' && (args.options.has('out') || args.options.has('language'))) {
    throw new UsageError('--out and --language go with --format cdk-app');
  }
  const parsed = await readDesign(singleFile(args));
  if (!parsed.design) return reportFindings(parsed.findings) ? 1 : 0;
  const result = render(parsed.design);
  if (reportFindings(result.findings)) return 1;
  if (format === 'cdk-app') return writeCdkApp(parsed.design, args);
  const outputs: Record<Exclude<Format, 'cdk-app'>, () => string> = {
    'cfn-json': () => result.cfnJson!,
    'cfn-yaml': () => result.cfnYaml!,
    'cdk-ts': () => result.cdkTypescript,
    'cdk-py': () => result.cdkPython,
    'lifecycle-json': () => lifecycleJson(parsed.design!, result, args.options.get('repository')),
  };
  process.stdout.write(outputs[format]());
  return 0;
}

export async function validateCommand(args: ParsedArgs): Promise<number> {
  const parsed = await readDesign(singleFile(args));
  const findings = parsed.design ? render(parsed.design).findings : parsed.findings;
  return reportFindings(findings) ? 1 : 0;
}

export async function schemaCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError('schema takes no arguments');
  process.stdout.write(`${JSON.stringify(designJsonSchema(), null, 2)}\n`);
  return 0;
}
