/**
 * Import: a CloudFormation template (JSON or YAML, CDK-synthesized or hand-written), a bare
 * lifecycle policy, AWS CLI output or a design → a design. Whatever cannot be represented is a
 * warning with its path.
 */
import { parseDesign } from '../design/parseDesign';
import { isPlainObject } from '../design/schemaKit';
import { designWarning, type Finding, FindingCode, unreadableError } from '../findings';
import { parseCfnYaml } from './cfnYaml';
import { importDescribeRepositories, importGetLifecyclePolicy } from './importAwsCli';
import { importCfnTemplate } from './importCfnTemplate';
import { importLifecycleRules } from './importLifecyclePolicy';
import { registryOutputKey } from './importRegistryCli';
import { finish, type ImportResult } from './importResult';
import { importCliOutputs, pastedOutputs } from './pastedOutputs';

type Output = Record<string, unknown>;

export const maxImportChars = 2_000_000;
/** How an import finding that the input could not be read at all begins. */
const unreadableInput = 'neither JSON nor CloudFormation YAML';

/** The one finding of input the import cannot read or recognise (a reader may refuse it whole). */
const unreadable = (message: string) => unreadableError([], message);

/** The value of JSON or YAML text, with what reading YAML warned of; or why it cannot be read. */
function readText(
  text: string,
): { ok: true; value: unknown; warnings: Finding[] } | { ok: false; findings: Finding[] } {
  if (text.length > maxImportChars)
    return {
      ok: false,
      findings: [unreadable(`the input is larger than ${maxImportChars} characters`)],
    };
  try {
    return { ok: true, value: JSON.parse(text), warnings: [] };
  } catch {
    // Not JSON: CloudFormation templates are often YAML.
  }
  try {
    const { value, warnings } = parseCfnYaml(text);
    return {
      ok: true,
      value,
      warnings: warnings.map((w) => designWarning(FindingCode.yamlWarning, [], `YAML: ${w}`)),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      findings: [unreadable(`${unreadableInput}: ${reason}`)],
    };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Imports a template, a lifecycle policy or AWS CLI output (one command's, or several pasted
 * with the commands around them) from text (JSON or YAML). Never throws.
 */
export function importText(text: string): ImportResult {
  const pasted = text.length <= maxImportChars && !isJson(text) ? pastedOutputs(text) : undefined;
  if (pasted) return importCliOutputs(pasted);
  const read = readText(text);
  if (!read.ok) return { findings: read.findings };
  const result = importValue(read.value);
  return { ...result, findings: [...read.warnings, ...result.findings] };
}

function importValue(value: unknown): ImportResult {
  if (isPlainObject(value) && Array.isArray(value.rules)) {
    const policyFindings: Finding[] = [];
    const lifecycleRules = importLifecycleRules(value, [], policyFindings);
    if (!lifecycleRules) return { findings: policyFindings };
    return finish(
      { version: 1, repositories: [{ id: 'Repository', lifecycleRules }] },
      policyFindings,
    );
  }
  if (isPlainObject(value) && typeof value.lifecyclePolicyText === 'string')
    return importGetLifecyclePolicy(value);
  if (registryOutputKey(value) !== undefined) return importCliOutputs([value as Output]);
  if (isPlainObject(value) && Array.isArray(value.repositories))
    return value.version === undefined ? importDescribeRepositories(value) : parseDesign(value);
  if (isPlainObject(value) && isPlainObject(value.Resources)) return importCfnTemplate(value);
  return {
    findings: [
      unreadable(
        'expected a CloudFormation template (Resources), a lifecycle policy (rules), what aws ecr get-lifecycle-policy, describe-repositories or a registry command (describe-registry, describe-repository-creation-templates, describe-pull-through-cache-rules, get-registry-scanning-configuration, get-registry-policy, get-signing-configuration, list-pull-time-update-exclusions) prints, or a design',
      ),
    ],
  };
}
