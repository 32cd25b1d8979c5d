import { memo } from 'react';
import { FindingText } from '../findings/FindingText';
import type { StartupProblem } from '../persistence/startup';
import { testIds } from '../testIds';

interface ProblemBannerProps {
  problems: readonly StartupProblem[];
  onDismiss: (id: string) => void;
}

const shownFindings = 8;

/** Why a link or the autosave did not open; everything from them is shown as text. */
export const ProblemBanner = memo(function ProblemBanner({
  problems,
  onDismiss,
}: ProblemBannerProps) {
  return (
    <div className="problem-region" role="alert">
      {problems.map((problem) => (
        <section
          key={problem.id}
          className="problem"
          data-testid={testIds.problem}
          data-problem={problem.id}
          aria-labelledby={`problem-${problem.id}`}
        >
          <div className="problem-text">
            <h2 id={`problem-${problem.id}`} className="problem-title">
              {problem.title}
            </h2>
            <p>{problem.message}</p>
            {problem.findings.length > 0 && (
              <ul className="problem-findings">
                {problem.findings.slice(0, shownFindings).map((finding, index) => (
                  <li key={index}>
                    <FindingText finding={finding} />
                  </li>
                ))}
                {problem.findings.length > shownFindings && (
                  <li>…and {problem.findings.length - shownFindings} more</li>
                )}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Dismiss: ${problem.title}`}
            onClick={() => onDismiss(problem.id)}
          >
            ×
          </button>
        </section>
      ))}
    </div>
  );
});
