/** Asks the preview worker to simulate or to check images; the worker starts on first use. */
import type { Design, RuleOutcomeCount, SampleImage, SimulationResult } from '../../engine/index';
import type { GeneratorSpec } from './generatorSpec';
import type { PreviewRequest, PreviewResponse } from './previewProtocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (response: PreviewResponse) => void>();

function previewWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<PreviewResponse>) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
  };
  worker.onerror = () => {
    for (const settle of pending.values())
      settle({ id: 0, kind: 'failed', message: 'The preview worker stopped.' });
    pending.clear();
    worker = undefined;
  };
  return worker;
}

type Request = PreviewRequest extends infer R
  ? R extends PreviewRequest
    ? Omit<R, 'id'>
    : never
  : never;

function ask(request: Request): Promise<PreviewResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    previewWorker().postMessage({ ...request, id });
  });
}

/** The engine's simulateRepository over the repository's saved images, with ruleOutcomeCounts. */
export async function simulateInWorker(
  design: Design,
  repositoryIndex: number,
  now: number,
): Promise<{ result: SimulationResult; counts: RuleOutcomeCount[] }> {
  const response = await ask({ kind: 'simulate', design, repositoryIndex, now });
  if (response.kind === 'simulate') return response;
  throw new Error(response.kind === 'failed' ? response.message : 'Unexpected answer');
}

export async function generateInWorker(spec: GeneratorSpec, now: number): Promise<SampleImage[]> {
  const response = await ask({ kind: 'generate', spec, now });
  if (response.kind === 'generate') return response.images;
  throw new Error(response.kind === 'failed' ? response.message : 'Unexpected answer');
}

/** The engine's parseSampleImages: the images, or messages naming each bad field. */
export async function parseImagesInWorker(
  images: unknown,
): Promise<{ images?: SampleImage[]; messages: string[] }> {
  const response = await ask({ kind: 'parse', images });
  if (response.kind === 'parse') return response;
  throw new Error(response.kind === 'failed' ? response.message : 'Unexpected answer');
}
