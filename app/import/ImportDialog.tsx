import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { countOf, type ImportResult } from '../../engine/index';
import { useModalDialog } from '../layout/useModalDialog';
import { previewFileKind } from '../preview/imageOutput';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';
import { importInWorker } from '../workers/engineClient';
import { fileText } from './fileText';
import { ImagesToPreview, type PreviewDestination } from './ImagesToPreview';
import { ImportReport } from './ImportReport';

export interface Reading {
  text: string;
  /** Where the text came from, for the undo history: a file name or "pasted text". */
  source: string;
  result?: ImportResult;
  /** Why the dialog opened with this text (a file given to "Open design…" that is no design). */
  note?: string;
}

interface ImportDialogProps {
  onClose: () => void;
  /** Text to start from (a file dropped on the page). */
  initial?: Reading;
  /** The selected repository, whose preview takes AWS output about images. */
  preview?: PreviewDestination;
}

const readDelayMs = 250;

/**
 * Import by paste, file picker or drop: the text is read as it changes, its repositories and
 * warnings shown as text, and only "Replace the design" changes anything (undoably).
 */
export function ImportDialog({ onClose, initial, preview }: ImportDialogProps) {
  const dispatch = useDispatch();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reading, setReading] = useState<Reading>(initial ?? { text: '', source: 'pasted text' });
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const { text, result } = reading;
  const previewFile = previewFileKind(text);

  useModalDialog(dialog);

  useEffect(() => {
    if (text.trim() === '' || result || previewFileKind(text)) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      importInWorker(text).then(
        (imported) => {
          if (cancelled) return;
          setReading((current) =>
            current.text === text ? { ...current, result: imported } : current,
          );
        },
        (error: unknown) => {
          if (cancelled) return;
          const message = error instanceof Error ? error.message : String(error);
          setFileProblem(`The text could not be read: ${message}`);
        },
      );
    }, readDelayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, result]);

  const readFile = async (file: File) => {
    const read = await fileText(file);
    if ('problem' in read) return setFileProblem(read.problem);
    setFileProblem(undefined);
    setReading({ text: read.text, source: file.name });
  };

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  };

  const replace = () => {
    if (!result?.design) return;
    const repositories = result.design.repositories.length;
    dispatch({
      type: 'replaceDesign',
      design: result.design,
      message: `Imported ${countOf(repositories, 'repository', 'repositories')} from ${reading.source}`,
    });
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby={`${id}-title`}
      data-testid={testIds.importDialog}
      onClose={onClose}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <form method="dialog" className="dialog-body" onSubmit={(event) => event.preventDefault()}>
        <h2 id={`${id}-title`}>Import a template or lifecycle policy</h2>
        <p className="dialog-help" id={`${id}-help`}>
          Paste a CloudFormation template (JSON or YAML, such as <code>cdk synth</code> prints), a
          lifecycle policy JSON, or what <code>aws ecr get-lifecycle-policy</code>,{' '}
          <code>describe-repositories</code> or the registry commands (
          <code>describe-registry</code>, <code>describe-repository-creation-templates</code>,{' '}
          <code>describe-pull-through-cache-rules</code>,{' '}
          <code>get-registry-scanning-configuration</code>, <code>get-registry-policy</code>,{' '}
          <code>get-signing-configuration</code>, <code>list-pull-time-update-exclusions</code>)
          print, one or several pasted together with the commands; choose a file, or drop one on
          this dialog or the page. Importing replaces the current design; Undo brings it back. What{' '}
          <code>aws ecr describe-images</code> and <code>batch-get-image</code> print goes to the
          lifecycle preview instead, and so do sample images and where images run (kubectl, ECS,
          Lambda output).
        </p>
        {reading.note && (
          <p className="import-note" role="status" data-testid={testIds.importNote}>
            {reading.note}
          </p>
        )}
        <label className="field-label" htmlFor={`${id}-text`}>
          Template or lifecycle policy
        </label>
        <textarea
          id={`${id}-text`}
          className="input import-text"
          aria-describedby={`${id}-help`}
          spellCheck={false}
          value={text}
          onChange={(event) => setReading({ text: event.target.value, source: 'pasted text' })}
        />
        <div className="import-file">
          <label htmlFor={`${id}-file`}>Or choose a file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,.yaml,.yml,.template,.txt,application/json,application/yaml,text/yaml,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
        {fileProblem && <p className="import-problem">{fileProblem}</p>}
        {previewFile ? (
          <ImagesToPreview
            kind={previewFile}
            text={text}
            source={reading.source}
            preview={preview}
            onDone={onClose}
          />
        ) : (
          <ImportReport text={text} result={result} />
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!result?.design || previewFile !== undefined}
            onClick={replace}
          >
            Replace the design
          </button>
        </div>
      </form>
    </dialog>
  );
}
