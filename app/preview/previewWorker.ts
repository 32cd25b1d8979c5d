/**
 * The lifecycle simulator and the image generator in a worker: a module that engine/index.ts
 * re-exports would land in the entry chunk if the lazy panel imported it, and a thousand
 * images stay off the main thread.
 */
import { parseSampleImages, ruleOutcomeCounts, simulateRepository } from '../../engine/index';
import { generateImages } from './generateImages';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage: (message: PreviewResponse) => void;
};

function answer(request: PreviewRequest): PreviewResponse {
  if (request.kind === 'simulate') {
    const result = simulateRepository(request.design, request.repositoryIndex, request.now);
    const counts = result.ok ? ruleOutcomeCounts(result.outcomes) : [];
    return { id: request.id, kind: 'simulate', result, counts };
  }
  if (request.kind === 'generate')
    return { id: request.id, kind: 'generate', images: generateImages(request.spec, request.now) };
  const parsed = parseSampleImages(request.images);
  return {
    id: request.id,
    kind: 'parse',
    images: parsed.images,
    messages: parsed.findings.map(
      (f) => `${f.path.replace(/^\[\d+\]\.?/, '') || 'image'}: ${f.message}`,
    ),
  };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: event.data.id, kind: 'failed', message });
  }
};
