/** Asks the preview worker to simulate, to read pasted AWS output, or to check images. */
import type {
  PolicyInForce,
  PreviewInputs,
  ReadImages,
  ReadInUse,
  SampleImage,
} from '../../engine/index';
import { workerClient } from '../workers/workerClient';
import type { GeneratorSpec } from './generatorSpec';
import type { PanelPreview, PreviewRequest, PreviewResponse } from './previewProtocol';

const ask = workerClient<PreviewRequest, PreviewResponse>(
  () => new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' }),
  'preview',
);

/** The engine's previewReport for the panel (panelPreview.ts). */
export async function previewInWorker(inputs: PreviewInputs): Promise<PanelPreview> {
  return (await ask({ kind: 'preview', inputs })).preview;
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

/** readImagesText: describe-images output (or sample images), with batch-get-image manifests. */
export async function readImagesInWorker(
  text: string,
  options: { manifests?: string; repositoryName?: string },
): Promise<ReadImages> {
  return (await ask({ kind: 'readImages', text, ...options })).read;
}

/** readImages over the images the preview has, with batch-get-image output for their indexes. */
export async function linkManifestsInWorker(
  images: readonly SampleImage[],
  manifests: string,
): Promise<ReadImages> {
  return (await ask({ kind: 'linkManifests', images, manifests })).read;
}

/** readInUseText: kubectl, ECS, Lambda output or one reference a line; `source` names the input. */
export async function readInUseInWorker(text: string, source: string): Promise<ReadInUse> {
  return (await ask({ kind: 'readInUse', text, source })).read;
}

/** readPolicyInForce: get-lifecycle-policy output, a policy, a template or a design. */
export async function readPolicyInWorker(
  text: string,
  target: { id: string; repositoryName?: string },
): Promise<PolicyInForce> {
  return (await ask({ kind: 'readPolicy', text, target })).read;
}
