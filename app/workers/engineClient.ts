/** Asks the engine worker for imports and app zips; the worker starts on first use. */
import type { AppLanguage, Design, ImportResult } from '../../engine/index';
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { workerClient } from './workerClient';

const ask = workerClient<EngineRequest, EngineResponse>(
  () => new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module' }),
  'engine',
);

/** Reads a template or lifecycle policy (engine `importText`). */
export async function importInWorker(text: string): Promise<ImportResult> {
  return (await ask({ kind: 'import', text })).result;
}

/** A ready CDK project as a zip (engine `renderCdkApp` + `zipFiles`), with its file name. */
export async function appZipInWorker(
  design: Design,
  language: AppLanguage,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  return ask({ kind: 'app-zip', design, language });
}
