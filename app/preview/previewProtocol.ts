import type { Design, RuleOutcomeCount, SampleImage, SimulationResult } from '../../engine/index';
import type { GeneratorSpec } from './generatorSpec';

/** Messages to and from the preview worker (plain data both ways). */
export type PreviewRequest =
  | { id: number; kind: 'simulate'; design: Design; repositoryIndex: number; now: number }
  | { id: number; kind: 'generate'; spec: GeneratorSpec; now: number }
  | { id: number; kind: 'parse'; images: unknown };

export type PreviewResponse =
  | { id: number; kind: 'simulate'; result: SimulationResult; counts: RuleOutcomeCount[] }
  | { id: number; kind: 'generate'; images: SampleImage[] }
  | { id: number; kind: 'parse'; images?: SampleImage[]; messages: string[] }
  | { id: number; kind: 'failed'; message: string };
