import { useMemo, useState } from 'react';
import {
  type Design,
  type Finding,
  FindingCode,
  type OutputName,
  type PartialRenderResult,
  type Printers,
} from '../../engine/index';
import { usePrinters } from './usePrinters';

/** A render whose outputs can be shown, with the repository keys it was made for. */
export interface ShownRender {
  /** Holds the text on screen; the others are printed when asked for. */
  result: PartialRenderResult;
  design: Design;
  repositoryKeys: readonly string[];
  generation: number;
}

export interface Outputs {
  /** The render of the current design: findings and priorities always come from it. */
  current: PartialRenderResult;
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
  /**
   * The engine's outputs module (analysis and printers, loadPrinters) is still loading, moments
   * after the page opens: no findings or outputs yet, and none are wrong; every text waits.
   */
  loading: boolean;
  /** The outputs cannot be worked out: the module did not load. */
  printersFailed: boolean;
}

/** A render with the text on screen printed, once the printers have loaded (render's text, to the byte). */
function withText(
  result: PartialRenderResult,
  design: Design,
  printers: Printers | undefined,
  output: OutputName | undefined,
): PartialRenderResult {
  if (!printers || !output) return result;
  return { ...result, [output]: printers.printOutputs(design, result.template, [output])[output] };
}

/** What the outputs are while the engine's outputs module loads: nothing yet, and no finding. */
const pendingBase = { findings: [], repositories: [] };

/**
 * Outputs derived from the design, with only the text on screen (`output`) printed: the
 * render keeps the rest of its work per repository, so a keystroke costs what it changed.
 * While the design has errors, the outputs stay on the last valid render (marked out of date)
 * instead of showing what CDK would refuse.
 */
export function useOutputs(
  design: Design,
  repositoryKeys: readonly string[],
  generation: number,
  inputErrorCount: number,
  output: OutputName | undefined,
): Outputs {
  const { printers, failed } = usePrinters();
  const base = useMemo(
    () => (printers ? printers.renderBase(design) : pendingBase),
    [design, printers],
  );
  const current = useMemo(
    () => withText(base, design, printers, output),
    [base, design, printers, output],
  );
  const { findings, empty } = useMemo(() => {
    const shown = base.findings.filter((f) => f.code !== FindingCode.emptyTemplate);
    return { findings: shown, empty: shown.length < base.findings.length };
  }, [base]);
  const engineErrors = useMemo(
    () => findings.filter((f) => f.severity === 'error').length,
    [findings],
  );
  const valid = current.template !== undefined && inputErrorCount === 0;
  const [lastValid, setLastValid] = useState<ShownRender | undefined>(undefined);
  // Storing information from the previous render, as React documents it: a valid render
  // becomes the fallback for the invalid ones that may follow.
  if (valid && lastValid?.result !== current) {
    setLastValid({ result: current, design, repositoryKeys, generation });
  }
  // An empty design has nothing to show, not an older design's outputs.
  const fallback = !valid && !empty && lastValid?.generation === generation ? lastValid : undefined;
  // A tab opened while the design has errors shows the fallback's text for that tab.
  const shownFallback = useMemo(
    () =>
      fallback && output && printers && fallback.result[output] === undefined
        ? { ...fallback, result: withText(fallback.result, fallback.design, printers, output) }
        : fallback,
    [fallback, output, printers],
  );
  const shownCurrent = useMemo(
    () => ({ result: current, design, repositoryKeys, generation }),
    [current, design, repositoryKeys, generation],
  );
  const shown = valid ? shownCurrent : shownFallback;
  const errorCount = engineErrors + inputErrorCount;
  const loading = printers === undefined && !failed;
  // The same object while nothing changed: the design pane renders again only for a change.
  return useMemo(
    () => ({ current, shown, findings, empty, errorCount, loading, printersFailed: failed }),
    [current, shown, findings, empty, errorCount, loading, failed],
  );
}
