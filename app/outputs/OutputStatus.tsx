import { countOf, type Finding } from '../../engine/index';
import { countBySeverity } from '../findings/groupFindings';
import { testIds } from '../testIds';

interface OutputStatusProps {
  /** The engine's outputs module is still loading. */
  loading: boolean;
  hasOutput: boolean;
  /** The design has nothing in it yet. */
  empty: boolean;
  stale: boolean;
  errorCount: number;
  findings: readonly Finding[];
}

/** Whether the outputs follow the design; when they do not, how many errors stand in the way. */
export function OutputStatus(props: OutputStatusProps) {
  const { loading, hasOutput, empty, stale, errorCount, findings } = props;
  const counts = countBySeverity(findings);
  const notes = [
    counts['deploy-error'] > 0 && countOf(counts['deploy-error'], 'deploy-time error'),
    counts.warning > 0 && countOf(counts.warning, 'warning'),
  ].filter(Boolean);
  const text = loading
    ? 'Working out the outputs…'
    : empty
      ? 'Nothing to show yet: add a repository'
      : !hasOutput
        ? `No output yet — ${countOf(errorCount, 'error')}`
        : stale
          ? `Out of date — ${countOf(errorCount, 'error')}`
          : ['Up to date', ...notes].join(' · ');
  const tone =
    loading || stale || !hasOutput
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
      data-stale={loading || stale || !hasOutput}
      role="status"
    >
      {text}
    </p>
  );
}
