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
/** Past this many images, the preview waits for a pause in typing of quietMs. */
const quietImageCount = 2000;
const quietMs = 150;

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
    const run = () =>
      previewInWorker(input).then(
        (preview) => {
          if (!current) return;
          setState({ preview, input, pending: false });
          performance.mark(perfMarks.previewUpdated);
        },
        (error: unknown) =>
          current &&
          setState({
            pending: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
    // Over a large image set each answer costs the main thread a few tens of milliseconds to
    // receive and draw: while someone types, only the last keystroke's answer is asked for.
    const timer = window.setTimeout(run, input.images.length > quietImageCount ? quietMs : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [input]);
  return state;
}
