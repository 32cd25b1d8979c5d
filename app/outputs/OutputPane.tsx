import { lazy, Suspense } from 'react';
import type { Design } from '../../engine/index';
import { type OutputTabId, testIds } from '../testIds';
import { CdkLanguageSwitch } from './CdkLanguageSwitch';
import { CopyButton } from './CopyButton';
import { Downloads } from './Downloads';
import { downloadText } from './fileActions';
import { OutputStatus } from './OutputStatus';
import { OutputTabs, panelId, tabId } from './OutputTabs';
import type { OutputDocument } from './outputDocuments';
import type { Outputs } from './useOutputs';
import type { OutputTab } from './useOutputTab';
import { withPrinters } from './usePrinters';

const MonacoOutput = lazy(() => import('./MonacoOutput'));

interface OutputPaneProps {
  outputs: Outputs;
  /** The tab on screen, whose text the render prints. */
  tab: OutputTab;
  /** Its document (useShownDocument). */
  doc: OutputDocument;
  design: Design;
  stackName: string;
  /** Index of the selected repository in the design, for its snippet; -1 when none. */
  selectedIndex: number;
  dark: boolean;
}

const tabs: readonly { id: OutputTabId; label: string }[] = [
  { id: 'cdk', label: 'CDK' },
  { id: 'cfn-json', label: 'CloudFormation JSON' },
  { id: 'cfn-yaml', label: 'CloudFormation YAML' },
  { id: 'lifecycle-json', label: 'Lifecycle policy JSON' },
];

/** The right pane: one tab per output (CDK in TypeScript or Python), a read-only editor, copy and downloads. */
export function OutputPane({
  outputs,
  tab,
  doc,
  design,
  stackName,
  selectedIndex,
  dark,
}: OutputPaneProps) {
  const { active, setActive, language, setLanguage } = tab;
  const { shown, errorCount } = outputs;
  const stale = shown !== undefined && errorCount > 0;
  const empty = doc.text === '';
  return (
    <section className="outputs" id="outputs" aria-label="Outputs">
      <div className="output-toolbar">
        <OutputTabs docs={tabs} active={active} onSelect={setActive} />
      </div>
      <div className="output-bar">
        <div className="output-actions">
          <OutputStatus
            loading={outputs.loading}
            hasOutput={shown !== undefined}
            empty={outputs.empty}
            stale={stale}
            errorCount={errorCount}
            findings={outputs.findings}
          />
          {active === 'cdk' && <CdkLanguageSwitch language={language} onChange={setLanguage} />}
          {active === 'cdk' && selectedIndex >= 0 && (
            <CopyButton
              text={() =>
                withPrinters((printers) => printers.renderSnippet(design, selectedIndex, language))
              }
              what="the snippet of the selected repository"
              name={`Copy snippet for the selected repository (${language === 'python' ? 'Python' : 'TypeScript'})`}
            >
              Copy snippet
            </CopyButton>
          )}
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
        <Downloads design={design} outputs={outputs} stackName={stackName} />
      </div>
      <div
        className={`output-panel${stale ? ' is-stale' : ''}`}
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(active)}
      >
        {empty && !outputs.loading && (
          <p className="output-empty">
            {outputs.printersFailed
              ? 'The outputs could not be worked out: the engine did not load. Reload the page to try again.'
              : shown
                ? (doc.emptyNote ?? 'Nothing to show.')
                : outputs.empty
                  ? 'Add a repository (or a key, topic or queue) on the left: its CDK code and CloudFormation template appear here as you type.'
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
          <MonacoOutput doc={doc} dark={dark} printing={outputs.loading} />
        </Suspense>
        {/* Names its output once it holds the output's text, so that a reader can wait for it. */}
        <pre
          hidden
          data-testid={testIds.outputText}
          data-output={outputs.loading ? undefined : doc.id}
          data-stale={stale}
        >
          {doc.text}
        </pre>
      </div>
    </section>
  );
}
