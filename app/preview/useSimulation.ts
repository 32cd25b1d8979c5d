import { useEffect, useState } from 'react';
import type { Design, RuleOutcomeCount, SampleImage, SimulationResult } from '../../engine/index';
import { simulateInWorker } from './previewClient';

export interface SimulationInput {
  design: Design | undefined;
  repositoryIndex: number;
  /** The repository's saved images (`design.repositories[repositoryIndex].sampleImages`). */
  images: readonly SampleImage[];
  now: number;
}

export interface SimulationState {
  /** The latest result, and the input it answers (its images and `now` go with its outcomes). */
  result?: SimulationResult;
  counts?: RuleOutcomeCount[];
  input?: SimulationInput;
  pending: boolean;
  error?: string;
}

const idle: SimulationState = { pending: false };

/**
 * Simulates in the worker whenever the input changes; an answer to an older input is dropped,
 * so fast edits and reorders never show a result that is out of order.
 */
export function useSimulation(input: SimulationInput): SimulationState {
  const [state, setState] = useState<SimulationState>(idle);
  useEffect(() => {
    const { design, repositoryIndex, images, now } = input;
    if (!design || images.length === 0 || repositoryIndex < 0) {
      setState(idle);
      return;
    }
    let current = true;
    setState((s) => ({ ...s, pending: true }));
    simulateInWorker(design, repositoryIndex, now).then(
      ({ result, counts }) => current && setState({ result, counts, input, pending: false }),
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
