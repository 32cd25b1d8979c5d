import { type DragEvent, useId, useState } from 'react';
import type { ImageCommandRecipe } from '../../engine/index';
import { fileText, maxImageFileBytes } from '../import/fileText';
import { CopyButton } from '../outputs/CopyButton';
import { Disclosure } from './Disclosure';

interface PasteOrDropProps {
  /** "Images: aws ecr describe-images output" */
  label: string;
  /** What the input is for, under the label. */
  help: string;
  /** The commands that produce the file. */
  recipes: readonly ImageCommandRecipe[];
  /** Reads the text; resolves to a problem to show, or undefined when it was taken. */
  onText: (text: string, name: string) => Promise<string | undefined>;
  /** The button's verb: "Read images". */
  action: string;
  testId: string;
}

/**
 * One input of the preview: paste into the box, choose a file, or drop one on the box. The
 * pasted text stays in the box when it cannot be read, so nothing the person had is lost; the
 * commands that make the file are one disclosure away, each with a copy button.
 */
export function PasteOrDrop({ label, help, recipes, onText, action, testId }: PasteOrDropProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const read = async (value: string, name: string) => {
    setBusy(true);
    const failed = await onText(value, name).catch((error: unknown) =>
      error instanceof Error ? error.message : String(error),
    );
    setBusy(false);
    setProblem(failed);
    if (failed === undefined) setText('');
  };
  const readFile = async (file: File) => {
    const content = await fileText(file, maxImageFileBytes);
    if ('problem' in content) return setProblem(content.problem);
    await read(content.text, file.name);
  };
  const onDrop = (event: DragEvent) => {
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    // Taken here: the page's own drop (which opens the import dialog) leaves it alone.
    event.preventDefault();
    void (async () => {
      for (const file of files) await readFile(file);
    })();
  };

  return (
    <div className="paste-or-drop" data-testid={testId}>
      <label className="field-label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <p className="field-help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={`${id}-text`}
        className={`input paste-text${dragging ? ' is-dragging' : ''}`}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        spellCheck={false}
        rows={3}
        value={text}
        placeholder="Paste here, or drop a file on this box"
        onChange={(event) => setText(event.target.value)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      />
      <div className="paste-actions">
        <button
          type="button"
          className="button button-small"
          disabled={busy || text.trim() === ''}
          onClick={() => void read(text, 'pasted text')}
        >
          {busy ? 'Reading…' : action}
        </button>
        <label className="button button-small button-quiet file-button">
          Choose files…
          <input
            type="file"
            multiple
            className="visually-hidden"
            accept=".json,.txt,.yaml,.yml,application/json,text/plain"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void (async () => {
                for (const file of files) await readFile(file);
              })();
            }}
          />
        </label>
      </div>
      {problem && (
        <p className="paste-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {recipes.length > 0 && (
        <Disclosure className="recipes" summary="Commands that produce this file">
          {recipes.map((recipe) => (
            <div key={recipe.title} className="recipe">
              <p>{recipe.title}</p>
              <pre>
                <code>{recipe.lines.join('\n')}</code>
              </pre>
              <CopyButton text={() => recipe.lines.join('\n')} what="command">
                Copy
              </CopyButton>
            </div>
          ))}
        </Disclosure>
      )}
    </div>
  );
}
