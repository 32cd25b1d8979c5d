/**
 * Compares the engine with aws-cdk-lib for one design: the engine's CDK TypeScript is
 * synthesized by the real package and the result must match the engine's own template or findings.
 */

import { parse as parseYaml } from 'yaml';
import { type Design, render } from '../engine/index';
import { disagreement, isOutcome, judgeSynth, type OutcomeKind } from './judgeSynth';
import { type SynthResult, synthStack } from './synthCdk';

export interface OracleOutcome {
  /** What was compared, for counting coverage. */
  kind: OutcomeKind;
  cdk: SynthResult;
}

/** Throws with a readable explanation when the engine and aws-cdk-lib disagree. */
export function checkAgainstCdk(design: Design): OracleOutcome {
  const result = render(design);
  const className = design.stackName ?? 'EcrStack';
  const cdk = synthStack(result.cdkTypescript, className);
  const kind = judgeSynth(result, cdk);
  const explain = (what: string) => disagreement(what, design, cdk, result);
  if (!isOutcome(kind)) throw explain(kind);
  if (kind !== 'template' || !cdk.ok) return { kind, cdk };
  const expected = JSON.stringify(cdk.template);
  if (JSON.stringify(result.template) !== expected) {
    throw explain(
      `templates differ (key order included)\n--- engine\n${JSON.stringify(result.template, null, 2)}`,
    );
  }
  if (JSON.stringify(JSON.parse(result.cfnJson!)) !== expected)
    throw explain('the CloudFormation JSON text differs');
  if (JSON.stringify(parseYaml(result.cfnYaml!)) !== expected)
    throw explain('the CloudFormation YAML reads back differently');
  return { kind, cdk };
}
