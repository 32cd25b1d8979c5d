import { countOf, type Finding } from '../../engine/index';
import { countBySeverity } from './groupFindings';

/**
 * The findings as one count, in the output status's words: errors stop the outputs, deploy-time
 * errors stop a deploy; warnings are counted only when there is no error.
 */
export function FindingsBadge({
  findings,
  typingErrors = 0,
  testId,
}: {
  findings: readonly Finding[];
  /** Fields whose text is not a value yet ("1.5" as a count): errors too, as the output status counts them. */
  typingErrors?: number;
  testId?: string;
}) {
  const counts = countBySeverity(findings);
  const errorCount = counts.error + typingErrors;
  const errors = [
    errorCount > 0 && countOf(errorCount, 'error'),
    counts['deploy-error'] > 0 && countOf(counts['deploy-error'], 'deploy-time error'),
  ].filter(Boolean);
  if (errors.length > 0)
    return (
      <span className="badge badge-error" data-testid={testId}>
        {errors.join(' · ')}
      </span>
    );
  if (counts.warning === 0) return null;
  return (
    <span className="badge badge-warning" data-testid={testId}>
      {countOf(counts.warning, 'warning')}
    </span>
  );
}
