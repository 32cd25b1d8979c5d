import { useMemo, useState } from 'react';
import {
  type Design,
  type Finding,
  FindingCode,
  type RenderResult,
  render,
} from '../../engine/index';

/** A render whose outputs can be shown, with the repository keys it was made for. */
export interface ShownRender {
  result: RenderResult;
  repositoryKeys: readonly string[];
  generation: number;
}

export interface Outputs {
  /** The render of the current design: findings and priorities always come from it. */
  current: RenderResult;
  /** The last render CDK would synthesize (the current one when it is valid). */
  shown: ShownRender | undefined;
  /**
   * The findings to show: the current render's, except CDK's "Resources section must exist"
   * for a design with nothing in it yet — an empty design is a start, not a mistake.
   */
  findings: readonly Finding[];
  /** The design makes no resource yet; the outputs say how to start. */
  empty: boolean;
  /** Errors that keep the outputs from following the design (engine errors and unreadable input). */
  errorCount: number;
}

/**
 * Outputs derived from the design. While the design has errors, the outputs stay on the
 * last valid render (marked out of date) instead of showing what CDK would refuse.
 */
export function useOutputs(
  design: Design,
  repositoryKeys: readonly string[],
  generation: number,
  inputErrorCount: number,
): Outputs {
  const current = useMemo(() => render(design), [design]);
  const { findings, empty } = useMemo(() => {
    const shown = current.findings.filter((f) => f.code !== FindingCode.emptyTemplate);
    return { findings: shown, empty: shown.length < current.findings.length };
  }, [current]);
  const engineErrors = useMemo(
    () => findings.filter((f) => f.severity === 'error').length,
    [findings],
  );
  const valid = current.cfnJson !== undefined && inputErrorCount === 0;
  const [lastValid, setLastValid] = useState<ShownRender | undefined>(undefined);
  // Storing information from the previous render, as React documents it: a valid render
  // becomes the fallback for the invalid ones that may follow.
  if (valid && lastValid?.result !== current) {
    setLastValid({ result: current, repositoryKeys, generation });
  }
  // An empty design has nothing to show, not an older design's outputs.
  const shown = valid
    ? { result: current, repositoryKeys, generation }
    : !empty && lastValid?.generation === generation
      ? lastValid
      : undefined;
  return { current, shown, findings, empty, errorCount: engineErrors + inputErrorCount };
}
