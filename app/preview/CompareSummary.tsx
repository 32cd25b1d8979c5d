import type { CompareReport } from '../../engine/index';
import { testIds } from '../testIds';
import type { Change } from './outcomes';

interface CompareSummaryProps {
  compare: CompareReport;
  name: string;
  /** The change the table shows, or undefined for every image. */
  shown: Change | undefined;
  onShow: (change: Change | undefined) => void;
}

const parts: { change: Change; label: string; key: keyof CompareReport }[] = [
  { change: 'newly-expired', label: 'newly expired', key: 'newlyExpired' },
  { change: 'newly-archived', label: 'newly archived', key: 'newlyArchived' },
  { change: 'newly-kept', label: 'newly kept', key: 'newlyKept' },
  { change: 'unchanged', label: 'unchanged', key: 'unchanged' },
];

/** The design against the policy in force, each count a toggle that filters the table. */
export function CompareSummary({ compare, name, shown, onShow }: CompareSummaryProps) {
  return (
    <div className="preview-compare" data-testid={testIds.previewCompare}>
      <fieldset className="compare-counts">
        <legend>
          Compared with the policy in force (<strong>{name}</strong>), on the same images; a count
          shows its images:
        </legend>
        {parts.map(({ change, label, key }) => (
          <button
            key={change}
            type="button"
            className={`button button-small compare-${change}`}
            aria-pressed={shown === change}
            onClick={() => onShow(shown === change ? undefined : change)}
          >
            {compare[key]} {label}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
