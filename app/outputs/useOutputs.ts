import { useMemo, useState } from 'react';
import { type Design, type RenderResult, render } from '../../engine/index';

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
  const engineErrors = useMemo(
    () => current.findings.filter((f) => f.severity === 'error').length,
    [current],
  );
  const valid = current.cfnJson !== undefined && inputErrorCount === 0;
  const [lastValid, setLastValid] = useState<ShownRender | undefined>(undefined);
  // Storing information from the previous render, as React documents it: a valid render
  // becomes the fallback for the invalid ones that may follow.
  if (valid && lastValid?.result !== current) {
    setLastValid({ result: current, repositoryKeys, generation });
  }
  const shown = valid
    ? { result: current, repositoryKeys, generation }
    : lastValid?.generation === generation
      ? lastValid
      : undefined;
  return { current, shown, errorCount: engineErrors + inputErrorCount };
}
