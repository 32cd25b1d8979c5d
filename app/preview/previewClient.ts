/** Asks the preview worker to simulate or to check images; the worker starts on first use. */
import type { Design, RuleOutcomeCount, SampleImage, SimulationResult } from '../../engine/index';
import { workerClient } from '../workers/workerClient';
import type { GeneratorSpec } from './generatorSpec';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

const ask = workerClient<PreviewRequest, PreviewResponse>(
  () => new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' }),
  'preview',
);

/** The engine's simulateRepository over the repository's saved images, with ruleOutcomeCounts. */
export async function simulateInWorker(
  design: Design,
  repositoryIndex: number,
  now: number,
): Promise<{ result: SimulationResult; counts: RuleOutcomeCount[] }> {
  return ask({ kind: 'simulate', design, repositoryIndex, now });
}

export async function generateInWorker(spec: GeneratorSpec, now: number): Promise<SampleImage[]> {
  return (await ask({ kind: 'generate', spec, now })).images;
}

/** The engine's parseSampleImages: the images, or messages naming each bad field. */
export async function parseImagesInWorker(
  images: unknown,
): Promise<{ images?: SampleImage[]; messages: string[] }> {
  return ask({ kind: 'parse', images });
}
