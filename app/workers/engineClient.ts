/** Asks the engine worker for imports and app zips; the worker starts on first use. */
import type { AppLanguage, Design, ImportResult } from '../../engine/index';
import type { EngineRequest, EngineResponse } from './engineProtocol';

type Pending = (response: EngineResponse) => void;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function engineWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
  };
  worker.onerror = () => {
    for (const settle of pending.values())
      settle({ id: 0, kind: 'failed', message: 'The engine worker stopped.' });
    pending.clear();
    worker = undefined;
  };
  return worker;
}

type Request = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'id'>
    : never
  : never;

function ask(request: Request): Promise<EngineResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    engineWorker().postMessage({ ...request, id });
  });
}

/** Reads a template or lifecycle policy (engine `importText`). */
export async function importInWorker(text: string): Promise<ImportResult> {
  const response = await ask({ kind: 'import', text });
  if (response.kind === 'import') return response.result;
  throw new Error(response.kind === 'failed' ? response.message : 'Unexpected answer');
}

/** A ready CDK project as a zip (engine `renderCdkApp` + `zipFiles`), with its file name. */
export async function appZipInWorker(
  design: Design,
  language: AppLanguage,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const response = await ask({ kind: 'app-zip', design, language });
  if (response.kind === 'app-zip') return response;
  throw new Error(response.kind === 'failed' ? response.message : 'Unexpected answer');
}
