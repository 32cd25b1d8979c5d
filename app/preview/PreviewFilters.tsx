import { useId } from 'react';
import { countOf } from '../../engine/index';
import { testIds } from '../testIds';
import { type OutcomeKind, outcomeKinds, outcomeLabels, type PreviewRow, tally } from './outcomes';

interface PreviewFiltersProps {
  rows: readonly PreviewRow[];
  kinds: ReadonlySet<OutcomeKind>;
  onKinds: (kinds: ReadonlySet<OutcomeKind>) => void;
  tagText: string;
  onTagText: (text: string) => void;
  borderlineOnly: boolean;
  onBorderlineOnly: (value: boolean) => void;
  inUseOnly: boolean;
  /** Absent without images in use. */
  onInUseOnly: ((value: boolean) => void) | undefined;
}

const kindHelp: Record<OutcomeKind, string> = {
  expire: 'deleted by a rule',
  archive: 'moved to the archive storage class',
  protected: 'a lower rule would act, but a higher rule or a manifest list holds it',
  keep: 'inside every limit, or selected by no rule',
};

/** The totals, which double as the colour legend and the outcome filter. */
export function PreviewFilters(props: PreviewFiltersProps) {
  const { rows, kinds, onKinds, tagText, onTagText, borderlineOnly, onBorderlineOnly } = props;
  const { inUseOnly, onInUseOnly } = props;
  const totals = tally(rows);
  const tagId = useId();
  const toggle = (kind: OutcomeKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    onKinds(next);
  };
  return (
    <div className="preview-filters">
      <p className="preview-summary" data-testid={testIds.previewSummary}>
        {countOf(rows.length, 'image')}: {totals.expire} expire · {totals.archive} archived ·{' '}
        {totals.protected} protected · {totals.keep} kept
        {totals.borderline > 0 && ` · ${totals.borderline} borderline (within 24 h of a limit)`}
        {totals.ties > 0 &&
          ` · ${countOf(totals.ties, 'tie')} (same time at a count limit: ECR's order is not documented)`}
      </p>
      <fieldset className="preview-legend">
        <legend>Show outcomes (legend)</legend>
        {outcomeKinds.map((kind) => (
          <label key={kind} className="preview-legend-item" title={kindHelp[kind]}>
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(e) => toggle(kind, e.target.checked)}
            />
            <span className={`outcome-badge outcome-${kind}`}>{outcomeLabels[kind]}</span>
            <span className="preview-legend-count">{totals[kind]}</span>
            <span className="visually-hidden">: {kindHelp[kind]}</span>
          </label>
        ))}
        <label className="preview-legend-item">
          <input
            type="checkbox"
            checked={borderlineOnly}
            onChange={(e) => onBorderlineOnly(e.target.checked)}
          />
          <span className="borderline-mark">Borderline only</span>
          <span className="preview-legend-count">{totals.borderline}</span>
        </label>
        {onInUseOnly && (
          <label className="preview-legend-item">
            <input
              type="checkbox"
              checked={inUseOnly}
              onChange={(e) => onInUseOnly(e.target.checked)}
            />
            <span className="in-use-mark">In use only</span>
            <span className="preview-legend-count">{totals.inUse}</span>
          </label>
        )}
      </fieldset>
      <div className="field preview-tag-filter">
        <label className="field-label" htmlFor={tagId}>
          Filter by tag
        </label>
        <input
          id={tagId}
          className="input"
          type="search"
          value={tagText}
          placeholder="part of a tag, or untagged"
          onChange={(e) => onTagText(e.target.value)}
        />
      </div>
    </div>
  );
}
