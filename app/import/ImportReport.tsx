import { countOf, type ImportResult } from '../../engine/index';
import { FindingText } from '../findings/FindingText';
import { testIds } from '../testIds';

interface ImportReportProps {
  text: string;
  result: ImportResult | undefined;
}

/** What the pasted text reads as: its repositories, then every warning or error with its path. */
export function ImportReport({ text, result }: ImportReportProps) {
  const summary =
    text.trim() === ''
      ? 'Nothing to import yet.'
      : !result
        ? 'Reading…'
        : result.design
          ? `Reads as ${countOf(result.design.repositories.length, 'repository', 'repositories')}: ${result.design.repositories.map((r) => r.id).join(', ')}.`
          : 'This cannot be imported:';
  const findings = result?.findings ?? [];
  return (
    <div className="import-report" data-testid={testIds.importReport}>
      <p role="status">
        {summary}
        {result?.design && findings.length > 0 ? ` ${countOf(findings.length, 'warning')}:` : ''}
      </p>
      {findings.length > 0 && (
        <ul className="import-findings">
          {findings.map((finding, index) => (
            <li key={index} className={`import-finding import-finding-${finding.severity}`}>
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
