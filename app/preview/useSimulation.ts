import { useEffect, useState } from 'react';
import type { PreviewInputs } from '../../engine/index';
import { perfMarks } from '../testIds';
import { previewInWorker } from './previewClient';
import type { PanelPreview } from './previewProtocol';

export interface SimulationState {
  /** The latest preview, and the inputs it answers (its images and `now` go with its outcomes). */
  preview?: PanelPreview;
  input?: PreviewInputs;
  pending: boolean;
  error?: string;
}

const idle: SimulationState = { pending: false };

/**
 * Previews in the worker whenever the inputs change (undefined: nothing to preview); an answer
 * to older inputs is dropped, so fast edits and reorders never show a result out of order.
 */
export function useSimulation(input: PreviewInputs | undefined): SimulationState {
  const [state, setState] = useState<SimulationState>(idle);
  useEffect(() => {
    if (!input) {
      setState(idle);
      return;
    }
    let current = true;
    setState((s) => ({ ...s, pending: true }));
    previewInWorker(input).then(
      (preview) => {
        if (!current) return;
        setState({ preview, input, pending: false });
        performance.mark(perfMarks.previewUpdated);
      },
      (error: unknown) =>
        current &&
        setState({ pending: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [input]);
  return state;
}
