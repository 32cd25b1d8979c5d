import type { monaco } from './monacoSetup';

/** Enough runs of the edit path for the JIT to compile it (measured: one leaves half the gain). */
const warmEdits = 5;

/**
 * The first edits of a shown model cost Monaco some 25 ms more than later ones (code that has
 * not run yet, and structures the model builds on its first change), which a person feels as
 * a stall on their first keystrokes. Soon after the model is shown, when the page is idle,
 * edits that write a character over itself pay that cost instead: the text, the undo stack
 * (applyEdits keeps none) and the view state stay as they were.
 */
export function warmEditPath(
  editor: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel,
): () => void {
  const warm = () => {
    if (model.isDisposed() || editor.getModel() !== model || model.getValueLength() === 0) return;
    const range = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 };
    const text = model.getValueInRange(range);
    for (let i = 0; i < warmEdits; i++) model.applyEdits([{ range, text }]);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(warm, 50);
  return () => clearTimeout(handle);
}
