/**
 * Compares the engine with the independent interpreter (oracle/interpret) for one design, by the
 * rules of judgeSynth.ts. The templates themselves are returned for the caller to compare (with
 * a readable diff).
 */
import { type Design, render } from '../engine/index';
import { synthInterpreted } from './interpret/index';
import { disagreement, isOutcome, judgeSynth, type OutcomeKind } from './judgeSynth';

export interface InterpreterOutcome {
  kind: OutcomeKind;
  /** The engine's template, when it renders one. */
  engineTemplate: unknown;
  /** What aws-cdk-lib synthesized from the interpreter's stack, when it did. */
  interpretedTemplate: unknown;
}

/** Throws with the design, both results and the engine's findings when they disagree. */
export function checkAgainstInterpreter(design: Design): InterpreterOutcome {
  const result = render(design);
  const interpreted = synthInterpreted(design);
  const kind = judgeSynth(result, interpreted);
  if (!isOutcome(kind))
    throw disagreement(`engine vs interpreter: ${kind}`, design, interpreted, result);
  return {
    kind,
    engineTemplate: result.template,
    interpretedTemplate: interpreted.ok ? interpreted.template : undefined,
  };
}
