import type { Finding } from '../../engine/index';
import { countBySeverity } from '../findings/groupFindings';
import { testIds } from '../testIds';

interface OutputStatusProps {
  hasOutput: boolean;
  stale: boolean;
  errorCount: number;
  findings: readonly Finding[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether the outputs follow the design; when they do not, how many errors stand in the way. */
export function OutputStatus({ hasOutput, stale, errorCount, findings }: OutputStatusProps) {
  const counts = countBySeverity(findings);
  const notes = [
    counts['deploy-error'] > 0 && plural(counts['deploy-error'], 'deploy-time error'),
    counts.warning > 0 && plural(counts.warning, 'warning'),
  ].filter(Boolean);
  const text = !hasOutput
    ? `No output yet — ${plural(errorCount, 'error')}`
    : stale
      ? `Out of date — ${plural(errorCount, 'error')}`
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
