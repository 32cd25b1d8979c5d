/**
 * Compares the engine with aws-cdk-lib for one design: the engine's CDK TypeScript is
 * synthesized by the real package and the result must match the engine's own template or findings.
 */

import { parse as parseYaml } from 'yaml';
import { type Design, type Finding, render } from '../engine/index';
import { type SynthResult, synthStack } from './synthCdk';

export interface OracleOutcome {
  /** What was compared, for counting coverage. */
  kind: 'template' | 'construct-error' | 'synth-error' | 'validation-error';
  cdk: SynthResult;
}

function stripResolutionWrapping(message: string): string {
  return message.replace(/^(Resolution error: )+/, '').replace(/\.\.\.$/, '');
}

const uniqueSorted = (messages: string[]) => [...new Set(messages)].sort().join('\n');

const nodeValidationHeader = 'Validation failed with the following errors:\n';

/** Node validations (addValidation) fail the synth with one `  [path] message` line each. */
function nodeValidationMessages(message: string): string[] | undefined {
  if (!message.startsWith(nodeValidationHeader)) return undefined;
  return message
    .slice(nodeValidationHeader.length)
    .split('\n  [')
    .map((line) => line.replace(/^ {2}\[/, '').replace(/^[^\]]*\] /, ''));
}

/** Merging resources into the template fails after every node validation passed. */
const mergeMessage = /^section 'Resources' already contains /;

/** The warnings CDK annotates that the engine reproduces (others, e.g. Lambda environment notes, hold tokens). */
const modelledWarning = /\[ack: @aws-cdk\/aws-ecr:/;

function errorsOf(findings: Finding[], origin: Finding['origin']): string[] {
  return findings
    .filter((f) => f.severity === 'error' && f.origin === origin)
    .map((f) => f.message);
}

/** Throws with a readable explanation when the engine and aws-cdk-lib disagree. */
export function checkAgainstCdk(design: Design): OracleOutcome {
  const result = render(design);
  const className = design.stackName ?? 'EcrStack';
  const cdk = synthStack(result.cdkTypescript, className);
  const explain = (what: string) =>
    new Error(
      `${what}\n--- design\n${JSON.stringify(design, null, 2)}\n--- aws-cdk-lib\n${JSON.stringify(cdk, null, 2)}\n--- engine findings\n${JSON.stringify(result.findings, null, 2)}`,
    );
  const construct = errorsOf(result.findings, 'cdk');
  const synth = errorsOf(result.findings, 'cdk-synth');
  const validation = errorsOf(result.findings, 'cdk-validate');
  if (errorsOf(result.findings, 'design').length > 0)
    throw explain('the oracle only takes designs the format accepts');
  if (construct.length > 0) {
    if (cdk.ok || cdk.phase !== 'construct' || cdk.messages[0] !== construct[0])
      throw explain(`expected CDK to throw: ${construct[0]}`);
    return { kind: 'construct-error', cdk };
  }
  if (synth.length > 0) {
    if (cdk.ok || cdk.phase !== 'synth') throw explain(`expected synth to fail: ${synth[0]}`);
    const validations = nodeValidationMessages(cdk.messages[0]!);
    if (validations) {
      // Tokens resolve first (lifecycle errors), then every node validation is reported at once
      // in construct-tree order; merging duplicate logical IDs comes last.
      const rest = synth.slice(validations.length);
      if (
        validations.join('\n') !== synth.slice(0, validations.length).join('\n') ||
        !rest.every((m) => mergeMessage.test(m))
      )
        throw explain(`expected node validation to fail with: ${synth.join(' | ')}`);
      return { kind: 'synth-error', cdk };
    }
    if (stripResolutionWrapping(cdk.messages[0]!) !== synth[0])
      throw explain(`expected synth to fail: ${synth[0]}`);
    return { kind: 'synth-error', cdk };
  }
  if (validation.length > 0) {
    // The validation plugin reports a description once, however many resources fail it.
    if (
      cdk.ok ||
      cdk.phase !== 'validation' ||
      uniqueSorted(cdk.messages) !== uniqueSorted(validation)
    ) {
      throw explain(`expected validation to fail with: ${validation.join(' | ')}`);
    }
    return { kind: 'validation-error', cdk };
  }
  if (!cdk.ok) throw explain('the engine reports no CDK error but aws-cdk-lib failed');
  if (result.template === undefined) throw explain('the engine produced no template');
  if (JSON.stringify(cdk.template) !== JSON.stringify(result.template)) {
    throw explain(
      `templates differ (key order included)\n--- engine\n${JSON.stringify(result.template, null, 2)}`,
    );
  }
  const engineWarnings = result.findings
    .filter((f) => f.severity === 'warning' && f.origin === 'cdk')
    .map((f) => f.message);
  if (
    uniqueSorted(cdk.warnings.filter((w) => modelledWarning.test(w))) !==
    uniqueSorted(engineWarnings)
  )
    throw explain(`CDK's warnings differ: ${JSON.stringify(cdk.warnings)}`);
  const expected = JSON.stringify(cdk.template);
  if (JSON.stringify(JSON.parse(result.cfnJson!)) !== expected)
    throw explain('the CloudFormation JSON text differs');
  if (JSON.stringify(parseYaml(result.cfnYaml!)) !== expected)
    throw explain('the CloudFormation YAML reads back differently');
  return { kind: 'template', cdk };
}
