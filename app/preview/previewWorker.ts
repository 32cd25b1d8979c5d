/**
 * The lifecycle preview, the readers of pasted AWS output and the image generator in a worker:
 * a module that engine/index.ts re-exports would land in the entry chunk if the lazy panel
 * imported it, and describe-images output of 10,000 images stays off the main thread.
 */
import {
  type FieldPath,
  formatPath,
  parseImageInput,
  parseSampleImages,
  readImages,
  readImagesText,
  readInUseText,
  readPolicyInForce,
  type SampleImage,
} from '../../engine/index';
import { generateImages } from './generateImages';
import { panelPreview } from './panelPreview';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage: (message: PreviewResponse) => void;
};

/** A sample image's finding names the field of its image (its index is the card's). */
const inImage = (path: FieldPath) => formatPath(typeof path[0] === 'number' ? path.slice(1) : path);

/** The images of the last preview request, under the key the panel gave them. */
let held: { key: number; list: SampleImage[] } | undefined;

function answer(request: PreviewRequest): PreviewResponse {
  const { id } = request;
  switch (request.kind) {
    case 'preview': {
      const { key, list } = request.images;
      if (list) held = { key, list: list as SampleImage[] };
      if (held?.key !== key) return { id, kind: 'preview' };
      return {
        id,
        kind: 'preview',
        preview: panelPreview({ ...request.inputs, images: held.list }),
      };
    }
    case 'generate':
      return { id, kind: 'generate', images: generateImages(request.spec, request.now) };
    case 'readImages': {
      const manifests =
        request.manifests === undefined
          ? undefined
          : parseImageInput(request.manifests, ['manifests']);
      if (manifests && manifests.findings.length > 0)
        return {
          id,
          kind: 'readImages',
          read: { findings: manifests.findings, format: 'unknown' },
        };
      const read = readImagesText(request.text, {
        ...(request.repositoryName !== undefined && { repositoryName: request.repositoryName }),
        ...(manifests?.value !== undefined && { manifests: manifests.value }),
      });
      return { id, kind: 'readImages', read };
    }
    case 'linkManifests': {
      const manifests = parseImageInput(request.manifests, ['manifests']);
      const read =
        manifests.findings.length > 0
          ? { findings: manifests.findings, format: 'unknown' as const }
          : readImages(request.images, { manifests: manifests.value });
      return { id, kind: 'linkManifests', read };
    }
    case 'readInUse':
      return { id, kind: 'readInUse', read: readInUseText(request.text, request.source) };
    case 'readPolicy':
      return { id, kind: 'readPolicy', read: readPolicyInForce(request.text, request.target) };
    case 'parse': {
      const parsed = parseSampleImages(request.images);
      return {
        id,
        kind: 'parse',
        images: parsed.images,
        messages: parsed.findings.map((f) => `${inImage(f.path) || 'image'}: ${f.message}`),
      };
    }
  }
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: event.data.id, kind: 'failed', message });
  }
};
