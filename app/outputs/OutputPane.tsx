import { lazy, Suspense, useMemo, useState } from 'react';
import { type OutputId, testIds } from '../testIds';
import { CopyButton } from './CopyButton';
import { downloadText } from './fileActions';
import { OutputStatus } from './OutputStatus';
import { OutputTabs, panelId, tabId } from './OutputTabs';
import { outputDocuments } from './outputDocuments';
import type { Outputs } from './useOutputs';

const MonacoOutput = lazy(() => import('./MonacoOutput'));

interface OutputPaneProps {
  outputs: Outputs;
  stackName: string;
  selectedKey: string | undefined;
  dark: boolean;
}

/** The right pane: one tab per output, a read-only editor, copy and download. */
export function OutputPane({ outputs, stackName, selectedKey, dark }: OutputPaneProps) {
  const [active, setActive] = useState<OutputId>('cdk-ts');
  const { shown, current, errorCount } = outputs;
  const docs = useMemo(
    () => outputDocuments(shown, stackName, selectedKey),
    [shown, stackName, selectedKey],
  );
  const doc = docs.find((d) => d.id === active)!;
  const stale = shown !== undefined && errorCount > 0;
  const empty = doc.text === '';
  return (
    <section className="outputs" aria-label="Outputs">
      <div className="output-toolbar">
        <OutputTabs docs={docs} active={active} onSelect={setActive} />
      </div>
      <div className="output-bar">
        <div className="output-actions">
          <OutputStatus
            hasOutput={shown !== undefined}
            stale={stale}
            errorCount={errorCount}
            findings={current.findings}
          />
          <CopyButton text={doc.text} what={doc.label} disabled={empty} />
          <button
            type="button"
            className="button button-small"
            disabled={empty}
            aria-label={`Download ${doc.label} as ${doc.fileName}`}
            onClick={() => downloadText(doc.text, doc.fileName, doc.mimeType)}
          >
            Download
          </button>
        </div>
      </div>
      <div
        className={`output-panel${stale ? ' is-stale' : ''}`}
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(active)}
      >
        {empty && (
          <p className="output-empty">
            {shown
              ? (doc.emptyNote ?? 'Nothing to show.')
              : 'Fix the errors on the left to see the outputs.'}
          </p>
        )}
        <Suspense
          fallback={
            <textarea
              className="output-fallback"
              readOnly
              aria-label={`${doc.label} (loading editor)`}
              value={doc.text}
            />
          }
        >
          <MonacoOutput doc={doc} dark={dark} />
        </Suspense>
        <pre hidden data-testid={testIds.outputText} data-output={doc.id} data-stale={stale}>
          {doc.text}
        </pre>
      </div>
    </section>
  );
}
