/**
 * The engine's heavier, occasional jobs — import (with its YAML parser) and CDK app zips —
 * in a worker: they stay out of the first load (a dynamic import of a module that
 * engine/index.ts re-exports would land in the entry chunk) and off the main thread.
 */
import {
  defaultStackName,
  importText,
  kebabCase,
  renderCdkApp,
  zipFiles,
} from '../../engine/index';
import type { EngineRequest, EngineResponse } from './engineProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineResponse, transfer?: Transferable[]) => void;
};

function answer(request: EngineRequest): EngineResponse {
  if (request.kind === 'import') {
    return { id: request.id, kind: 'import', result: importText(request.text) };
  }
  const folder = kebabCase(request.design.stackName ?? defaultStackName);
  const bytes = zipFiles(folder, renderCdkApp(request.design, request.language));
  return { id: request.id, kind: 'app-zip', fileName: `${folder}-${request.language}.zip`, bytes };
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const response = answer(request);
    scope.postMessage(response, response.kind === 'app-zip' ? [response.bytes.buffer] : []);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: request.id, kind: 'failed', message });
  }
};
