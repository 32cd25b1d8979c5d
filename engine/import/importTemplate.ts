/**
 * Import: a CloudFormation template (JSON or YAML, CDK-synthesized or hand-written) or a bare
 * lifecycle policy → a design. Whatever cannot be represented is a warning with its path.
 */
import type { Design } from '../design/designSchema';
import { parseDesign } from '../design/parseDesign';
import { type Finding, joinPath } from '../findings';
import { parseCfnYaml } from './cfnYaml';
import { importError, importLifecycleRules, importWarning } from './importLifecyclePolicy';
import { importRepository } from './importRepository';

export const maxImportChars = 2_000_000;

export interface ImportResult {
  design?: Design;
  findings: Finding[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What CDK's default synthesizer adds; regenerated on render, so not reported. */
const bootstrapParts = new Set([
  'Parameters.BootstrapVersion',
  'Rules.CheckBootstrapVersion',
  'Resources.CDKMetadata',
  'Conditions.CDKMetadataAvailable',
]);

function readText(text: string): { value?: unknown; findings: Finding[] } {
  if (text.length > maxImportChars)
    return { findings: [importError('', `the input is larger than ${maxImportChars} characters`)] };
  try {
    return { value: JSON.parse(text), findings: [] };
  } catch {
    // Not JSON: CloudFormation templates are often YAML.
  }
  try {
    return { value: parseCfnYaml(text), findings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { findings: [importError('', `neither JSON nor YAML: ${reason}`)] };
  }
}

function reportOtherSections(template: Record<string, unknown>, findings: Finding[]): void {
  for (const [section, value] of Object.entries(template)) {
    if (
      section === 'Resources' ||
      section === 'AWSTemplateFormatVersion' ||
      section === 'Description'
    )
      continue;
    const names = isObject(value) ? Object.keys(value) : [];
    for (const name of names.length > 0 ? names : ['']) {
      const path = name ? `${section}.${name}` : section;
      if (!bootstrapParts.has(path))
        findings.push(
          importWarning(path, `${section} are not part of the design format; left out`),
        );
    }
  }
}

function importCfnTemplate(template: Record<string, unknown>): ImportResult {
  const findings: Finding[] = [];
  const resources = isObject(template.Resources) ? template.Resources : {};
  const repositories = Object.entries(resources).flatMap(([logicalId, resource]) => {
    const path = joinPath('Resources', logicalId);
    if (!isObject(resource) || resource.Type !== 'AWS::ECR::Repository') {
      if (!bootstrapParts.has(path)) {
        const type = isObject(resource) ? String(resource.Type) : 'unknown';
        const hint =
          type.startsWith('Custom::ECRAutoDeleteImages') || type === 'AWS::Lambda::Function'
            ? ' (autoDeleteImages is deprecated: emptyOnDelete replaces it)'
            : '';
        findings.push(
          importWarning(
            path,
            `${type} cannot be imported yet (only repositories and their lifecycle policies are); left out${hint}`,
          ),
        );
      }
      return [];
    }
    if (resource.Condition !== undefined)
      findings.push(
        importWarning(
          joinPath(path, 'Condition'),
          'conditions cannot be represented; the repository is always created',
        ),
      );
    return [importRepository(logicalId, resource, path, findings)];
  });
  reportOtherSections(template, findings);
  if (repositories.length === 0)
    findings.push(importError('Resources', 'the template has no AWS::ECR::Repository'));
  return finish({ version: 1, repositories }, findings);
}

function finish(candidate: unknown, findings: Finding[]): ImportResult {
  if (findings.some((f) => f.severity === 'error')) return { findings };
  const parsed = parseDesign(candidate);
  return parsed.design
    ? { design: parsed.design, findings }
    : { findings: [...findings, ...parsed.findings] };
}

/** Imports a template or a lifecycle policy from text (JSON or YAML). Never throws. */
export function importText(text: string): ImportResult {
  const { value, findings } = readText(text);
  if (findings.length > 0) return { findings };
  if (isObject(value) && Array.isArray(value.rules)) {
    const policyFindings: Finding[] = [];
    const lifecycleRules = importLifecycleRules(value, '', policyFindings);
    if (!lifecycleRules) return { findings: policyFindings };
    return finish(
      { version: 1, repositories: [{ id: 'Repository', lifecycleRules }] },
      policyFindings,
    );
  }
  if (isObject(value) && isObject(value.Resources)) return importCfnTemplate(value);
  return {
    findings: [
      importError(
        '',
        'expected a CloudFormation template (with Resources) or a lifecycle policy (with rules)',
      ),
    ],
  };
}
