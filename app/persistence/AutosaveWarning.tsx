import { memo, useState } from 'react';
import type { Design } from '../../engine/index';
import { downloadDesign } from '../layout/designFile';
import { testIds } from '../testIds';
import type { AutosaveFailure } from './autosave';

const reasons: Record<AutosaveFailure, string> = {
  full: 'The browser’s storage for this site is full.',
  unavailable:
    'The browser does not let this site store data (private browsing or blocked site data).',
};

interface AutosaveWarningProps {
  failure: AutosaveFailure | undefined;
  /** The design as of the last commit, which the download saves. */
  design: () => Design;
}

/**
 * Says so while the autosave fails, and offers the download that keeps the work. Dismissed, it
 * stays hidden until the autosave has worked again and then fails anew.
 */
export const AutosaveWarning = memo(function AutosaveWarning({
  failure,
  design,
}: AutosaveWarningProps) {
  const [dismissed, setDismissed] = useState(false);
  // Adjusting state to a prop during render (not in an effect): a recovery re-arms the warning.
  if (dismissed && !failure) setDismissed(false);
  const shown = failure !== undefined && !dismissed;
  return (
    <div className="problem-region" role="alert">
      {shown && (
        <section
          className="problem"
          data-testid={testIds.autosaveWarning}
          aria-labelledby="autosave-warning-title"
        >
          <div className="problem-text">
            <h2 id="autosave-warning-title" className="problem-title">
              Your work is not being saved in this browser.
            </h2>
            <p>
              {reasons[failure]} Download the design to keep a copy of your work; autosave resumes
              by itself once the browser accepts it again.
            </p>
            <div className="problem-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => downloadDesign(design())}
              >
                Download design
              </button>
            </div>
          </div>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label="Dismiss: Your work is not being saved in this browser."
            onClick={() => setDismissed(true)}
          >
            ×
          </button>
        </section>
      )}
    </div>
  );
});
