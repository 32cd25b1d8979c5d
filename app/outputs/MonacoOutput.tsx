import { useEffect, useRef } from 'react';
import { markOnce, measureEditApplied } from '../perf';
import { perfMarks } from '../testIds';
import { monaco } from './monacoSetup';
import type { OutputDocument } from './outputDocuments';
import { textChange } from './textChange';
import { warmEditPath } from './warmEditPath';

interface MonacoOutputProps {
  doc: OutputDocument;
  dark: boolean;
  /** The doc's text waits for the printers: the editor shows nothing until it comes. */
  printing: boolean;
}

const highlightMs = 1500;

/** Puts a model (or none) in the editor, keeping the view state of the one it replaces. */
function showModel(
  editor: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel | null,
  viewStates: Map<string, monaco.editor.ICodeEditorViewState | null>,
): void {
  const current = editor.getModel();
  if (current === model) return;
  if (current) viewStates.set(current.uri.toString(), editor.saveViewState());
  editor.setModel(model);
  if (model) editor.restoreViewState(viewStates.get(model.uri.toString()) ?? null);
}

/**
 * One read-only editor for the output pane, one model per output (keyed by URI). A model is
 * touched only when its text changed, with the smallest edit, and the changed lines glow briefly.
 */
export default function MonacoOutput({ doc, dark, printing }: MonacoOutputProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const highlight = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const highlightTimer = useRef<number | undefined>(undefined);
  /** The text each model holds, so a comparison does not have to read the model back. */
  const texts = useRef(new Map<string, string>());
  /** Cancels the warm-up of the edit path that a new model schedules. */
  const cancelWarm = useRef<() => void>(() => {});

  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabFocusMode: true,
      renderLineHighlight: 'none',
      // The default dims the last line number below axe's contrast threshold.
      renderFinalNewline: 'on',
      model: null,
    });
    editorRef.current = editor;
    highlight.current = editor.createDecorationsCollection();
    markOnce(perfMarks.editorReady);
    const owned = models.current;
    const ownedTexts = texts.current;
    return () => {
      cancelWarm.current();
      window.clearTimeout(highlightTimer.current);
      editor.dispose();
      ownedTexts.clear();
      for (const model of owned.values()) model.dispose();
      owned.clear();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  // Apart from the text: updating the options costs a keystroke more than the edit.
  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: `${doc.label} (read-only)` });
  }, [doc.label]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    // No model yet rather than an empty one, whose text would then glow as all changed, or the
    // model of the tab before.
    if (printing) {
      showModel(editor, null, viewStates.current);
      return;
    }
    let model = models.current.get(doc.uri);
    let changedLines: [number, number] | undefined;
    if (!model) {
      model = monaco.editor.createModel(doc.text, doc.language, monaco.Uri.parse(doc.uri));
      models.current.set(doc.uri, model);
      cancelWarm.current();
      cancelWarm.current = warmEditPath(editor, model);
    } else if (texts.current.get(doc.uri) !== doc.text) {
      const change = textChange(texts.current.get(doc.uri) ?? model.getValue(), doc.text);
      if (change) {
        const from = model.getPositionAt(change.start);
        const to = model.getPositionAt(change.oldEnd);
        const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
        model.applyEdits([{ range, text: doc.text.slice(change.start, change.newEnd) }]);
        changedLines = [from.lineNumber, model.getPositionAt(change.newEnd).lineNumber];
      }
    }
    texts.current.set(doc.uri, doc.text);
    showModel(editor, model, viewStates.current);
    if (!changedLines) return;
    measureEditApplied();
    const [first, last] = changedLines;
    highlight.current?.set([
      {
        range: new monaco.Range(first, 1, last, 1),
        options: {
          isWholeLine: true,
          className: 'output-changed-line',
          linesDecorationsClassName: 'output-changed-gutter',
        },
      },
    ]);
    editor.revealLinesInCenterIfOutsideViewport(first, last);
    window.clearTimeout(highlightTimer.current);
    highlightTimer.current = window.setTimeout(() => highlight.current?.clear(), highlightMs);
  }, [doc, printing]);

  return <div className="monaco-host" ref={host} data-testid="output-editor" />;
}
