/**
 * Monaco, bundled and minimal (toolchain.md): the editor API, syntax highlighting for the
 * four output languages, and the editor worker. No TypeScript language service (1.5 MB
 * gzip for read-only panes), no CDN. Imported only by the lazy editor chunk.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === 'json' ? new JsonWorker() : new EditorWorker(),
};

// Read-only output needs colours and folding, not completion, hovers or validation.
jsonDefaults.setDiagnosticsOptions({ validate: false });
jsonDefaults.setModeConfiguration({
  tokens: true,
  foldingRanges: true,
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
  completionItems: false,
  hovers: false,
  documentSymbols: false,
  colors: false,
  diagnostics: false,
  selectionRanges: false,
});

export { monaco };
