import { useId, useState } from 'react';
import { type AppLanguage, countOf, type Design } from '../../engine/index';
import { testIds } from '../testIds';
import { appZipInWorker } from '../workers/engineClient';
import { downloadBytes, downloadText } from './fileActions';
import type { Outputs } from './useOutputs';
import { withPrinters } from './usePrinters';

interface DownloadsProps {
  design: Design;
  outputs: Outputs;
  stackName: string;
}

/**
 * Ready-to-run CDK apps (zipped in the engine worker) and the template, for the current
 * design only: while it has errors there is nothing CDK would synthesize, so they are disabled.
 */
export function Downloads({ design, outputs, stackName }: DownloadsProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { current, errorCount } = outputs;
  const { template } = current;
  const ready = errorCount === 0 && template !== undefined;
  const reason = ready
    ? undefined
    : outputs.loading
      ? 'Downloads are ready as soon as the outputs are worked out.'
      : `Downloads are ready when the design has no errors (${countOf(errorCount, 'error')} now).`;

  const downloadApp = (language: AppLanguage) => {
    setProblem(undefined);
    appZipInWorker(design, language).then(
      ({ fileName, bytes }) => downloadBytes(bytes, fileName, 'application/zip'),
      (error: unknown) =>
        setProblem(`The zip could not be made: ${error instanceof Error ? error.message : error}`),
    );
  };
  // The template's text, printed when it is downloaded (a render prints only the text on screen).
  const downloadTemplate = (output: 'cfnJson' | 'cfnYaml', fileName: string, mimeType: string) => {
    setProblem(undefined);
    Promise.resolve(
      withPrinters((printers) => printers.printOutputs(design, template, [output])[output]),
    ).then(
      (text) => downloadText(text ?? '', fileName, mimeType),
      () => setProblem('The template could not be printed: reload the page to try again.'),
    );
  };
  const button = (label: string, name: string, onClick: () => void) => (
    <button
      type="button"
      className="button button-small"
      disabled={!ready}
      aria-label={`Download ${name}`}
      aria-describedby={reason ? `${id}-reason` : undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="downloads" data-testid={testIds.downloads}>
      <legend className="downloads-title">Downloads</legend>
      {button('TypeScript app (.zip)', 'the CDK app in TypeScript as a zip', () =>
        downloadApp('typescript'),
      )}
      {button('Python app (.zip)', 'the CDK app in Python as a zip', () => downloadApp('python'))}
      {button('Template (.json)', `the template as ${stackName}.template.json`, () =>
        downloadTemplate('cfnJson', `${stackName}.template.json`, 'application/json'),
      )}
      {button('Template (.yaml)', `the template as ${stackName}.template.yaml`, () =>
        downloadTemplate('cfnYaml', `${stackName}.template.yaml`, 'application/yaml'),
      )}
      {reason && (
        <span id={`${id}-reason`} className="downloads-reason">
          {reason}
        </span>
      )}
      {problem && (
        <span className="downloads-problem" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
