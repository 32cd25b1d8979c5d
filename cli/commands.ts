/** The subcommands of `ecr-designer` that read a design and print it or its outputs. */
import {
  designJsonSchema,
  type Finding,
  render,
  simulationReportJsonSchema,
} from '../engine/index';
import { writeCdkApp } from './appOutput';
import { oneOf, type ParsedArgs, UsageError } from './args';
import { printFindings, readDesign, singleFile } from './io';
import { checkRepositoryId } from './repositoryOption';
import { renderFormats } from './usage';

type Format = (typeof renderFormats)[number];

/** Findings go to stderr; returns true when any of them makes the design invalid. */
function reportFindings(findings: readonly Finding[]): boolean {
  printFindings(findings);
  return findings.some((f) => f.severity !== 'warning');
}

function lifecycleJson(
  result: ReturnType<typeof render>,
  repositoryId: string | undefined,
): string {
  const repositories =
    repositoryId === undefined
      ? result.repositories
      : result.repositories.filter((r) => r.id === repositoryId);
  if (repositories.length === 1) return repositories[0]!.lifecyclePolicyJson ?? '{}\n';
  const byId = Object.fromEntries(
    repositories.map((r) => [
      r.id,
      r.lifecyclePolicyJson ? JSON.parse(r.lifecyclePolicyJson) : null,
    ]),
  );
  return `${JSON.stringify(byId, null, 2)}\n`;
}

function checkFormatOptions(format: Format, args: ParsedArgs): void {
  if (format !== 'cdk-app' && (args.options.has('out') || args.options.has('language')))
    throw new UsageError('--out and --language go with --format cdk-app');
  // The other formats are of the whole design: an id there would be silently ignored.
  if (format !== 'lifecycle-json' && args.options.has('repository'))
    throw new UsageError('--repository goes with --format lifecycle-json');
}

export async function renderCommand(args: ParsedArgs): Promise<number> {
  const format = oneOf(args.options.get('format'), renderFormats, 'format');
  if (format === undefined)
    throw new UsageError(`render needs --format (${renderFormats.join(', ')})`);
  checkFormatOptions(format, args);
  const parsed = await readDesign(singleFile(args));
  if (!parsed.design) return reportFindings(parsed.findings) ? 1 : 0;
  const repositoryId = checkRepositoryId(parsed.design, args.options.get('repository'));
  const result = render(parsed.design);
  if (reportFindings(result.findings)) return 1;
  if (format === 'cdk-app') return writeCdkApp(parsed.design, args);
  const outputs: Record<Exclude<Format, 'cdk-app'>, () => string> = {
    'cfn-json': () => result.cfnJson!,
    'cfn-yaml': () => result.cfnYaml!,
    'cdk-ts': () => result.cdkTypescript,
    'cdk-py': () => result.cdkPython,
    'lifecycle-json': () => lifecycleJson(result, repositoryId),
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
  const schema = args.options.has('simulate-output')
    ? simulationReportJsonSchema()
    : designJsonSchema();
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
