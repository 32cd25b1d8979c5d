import { countOf, type Finding } from '../../engine/index';
import { countBySeverity } from '../findings/groupFindings';
import { testIds } from '../testIds';

interface OutputStatusProps {
  hasOutput: boolean;
  /** The design has nothing in it yet. */
  empty: boolean;
  stale: boolean;
  errorCount: number;
  findings: readonly Finding[];
}

/** Whether the outputs follow the design; when they do not, how many errors stand in the way. */
export function OutputStatus({ hasOutput, empty, stale, errorCount, findings }: OutputStatusProps) {
  const counts = countBySeverity(findings);
  const notes = [
    counts['deploy-error'] > 0 && countOf(counts['deploy-error'], 'deploy-time error'),
    counts.warning > 0 && countOf(counts.warning, 'warning'),
  ].filter(Boolean);
  const text = empty
    ? 'Nothing to show yet: add a repository'
    : !hasOutput
      ? `No output yet — ${countOf(errorCount, 'error')}`
      : stale
        ? `Out of date — ${countOf(errorCount, 'error')}`
        : ['Up to date', ...notes].join(' · ');
  const tone =
    stale || !hasOutput
      ? 'stale'
      : counts['deploy-error'] > 0
        ? 'deploy'
        : counts.warning > 0
          ? 'warning'
          : 'ok';
  return (
    <p
      className={`output-status output-status-${tone}`}
      data-testid={testIds.outputStatus}
      data-stale={stale || !hasOutput}
      role="status"
    >
      {text}
    </p>
  );
}
