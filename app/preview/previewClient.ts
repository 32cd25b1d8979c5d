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

const imageKeys = new WeakMap<readonly SampleImage[], number>();
let nextImageKey = 1;
/** The images the worker holds, by key (undefined: none sent yet). */
let sentKey: number | undefined;

/** The engine's previewReport for the panel (panelPreview.ts); images are sent when they change. */
export async function previewInWorker(inputs: PreviewInputs): Promise<PanelPreview> {
  const { images, ...rest } = inputs;
  let key = imageKeys.get(images);
  if (key === undefined) {
    key = nextImageKey++;
    imageKeys.set(images, key);
  }
  const send = async (withList: boolean) => {
    if (withList) sentKey = key;
    return ask({
      kind: 'preview',
      inputs: rest,
      images: { key, ...(withList && { list: images }) },
    });
  };
  const first = await send(sentKey !== key);
  if (first.preview) return first.preview;
  // A restarted worker holds no images: send them with the request.
  const again = await send(true);
  if (!again.preview) throw new Error('The preview worker did not keep the images.');
  return again.preview;
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
