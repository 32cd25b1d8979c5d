/** Messages between the app and the engine worker: plain data both ways. */
import type { AppLanguage, Design, ImportResult } from '../../engine/index';

export type EngineRequest =
  | { id: number; kind: 'import'; text: string }
  | { id: number; kind: 'app-zip'; design: Design; language: AppLanguage };

export type EngineResponse =
  | { id: number; kind: 'import'; result: ImportResult }
  | { id: number; kind: 'app-zip'; fileName: string; bytes: Uint8Array }
  | { id: number; kind: 'failed'; message: string };
