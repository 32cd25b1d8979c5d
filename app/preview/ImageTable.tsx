import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { countOf } from '../../engine/index';
import { testIds } from '../testIds';
import {
  atRisk,
  describePrevious,
  filterRows,
  outcomeLabels,
  type PreviewRow,
  type RowFilter,
} from './outcomes';
import { describeAge } from './previewTime';

interface ImageTableProps {
  rows: readonly PreviewRow[];
  filter: RowFilter;
  now: number;
  onEdit: (digest: string) => void;
}

/** A page at a time keeps a few thousand images as fast as a few. */
export const pageSize = 50;

const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

/** Arrow keys move between rows; Tab leaves the table. */
function onRowKey(event: KeyboardEvent<HTMLTableRowElement>) {
  const sibling =
    event.key === 'ArrowDown'
      ? event.currentTarget.nextElementSibling
      : event.key === 'ArrowUp'
        ? event.currentTarget.previousElementSibling
        : null;
  if (sibling instanceof HTMLElement) {
    event.preventDefault();
    sibling.focus();
  }
}

/**
 * The images newest first, coloured and labelled by outcome. A row's reason shows in its last
 * column, on hover (title), and in full in the "why" box while the row has focus or the pointer.
 */
export function ImageTable({ rows, filter, now, onEdit }: ImageTableProps) {
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const [page, setPage] = useState(0);
  const [active, setActive] = useState<PreviewRow | undefined>(undefined);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * pageSize, (current + 1) * pageSize);
  const parents = useMemo(() => new Map(rows.map((r) => [r.image.digest, r.image])), [rows]);
  const whyId = useId();
  const captionId = useId();
  const tagsOf = (row: PreviewRow) => {
    if (row.image.tags.length > 0) return row.image.tags.join(', ');
    const parent = row.image.manifestListDigest;
    if (parent === undefined) return 'untagged';
    const tags = parents.get(parent)?.tags;
    return `untagged, child of ${tags?.length ? tags.join(', ') : shortDigest(parent)}`;
  };
  return (
    <div className="preview-images">
      <div className="preview-why" id={whyId} data-testid={testIds.previewWhy} aria-live="polite">
        {active ? (
          <>
            <strong>{tagsOf(active)}</strong> ({shortDigest(active.image.digest)}):{' '}
            {active.outcome.reason}
            {active.inUse && ` In use: ${active.inUse.join(', ')}.`}
            {active.previous && ` The policy in force: ${describePrevious(active.previous)}.`}
            {active.firstAction &&
              ` Timeline: ${active.firstAction.action === 'expire' ? 'expired' : 'archived'} on day ${active.firstAction.day} (${active.firstAction.on.slice(0, 10)}).`}
          </>
        ) : (
          'Point at or focus an image to see why it is expired, archived, protected or kept.'
        )}
      </div>
      <div className="preview-table-wrap">
        <table className="preview-table" aria-describedby={captionId}>
          <caption id={captionId} className="visually-hidden">
            Sample images and what the lifecycle policy does to each; arrow keys move between rows.
          </caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Tags</th>
              <th scope="col">Pushed</th>
              <th scope="col">Last pulled</th>
              <th scope="col">Storage</th>
              <th scope="col">Reason</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr
                key={row.image.digest}
                className={`preview-row outcome-row-${row.kind}`}
                tabIndex={0}
                title={row.outcome.reason}
                data-testid={testIds.previewRow}
                data-outcome={row.kind}
                onFocus={() => setActive(row)}
                onMouseEnter={() => setActive(row)}
                onKeyDown={onRowKey}
              >
                <td>
                  <span className={`outcome-badge outcome-${row.kind}`}>
                    {outcomeLabels[row.kind]}
                    {row.outcome.rulePriority !== null && ` · rule ${row.outcome.rulePriority}`}
                  </span>
                  {row.borderline && <span className="borderline-mark"> borderline</span>}
                  {row.outcome.tieBreak && <span className="borderline-mark"> tie</span>}
                  {row.inUse && (
                    <span
                      className={atRisk(row) ? 'in-use-mark at-risk' : 'in-use-mark'}
                      title={`In use: ${row.inUse.join(', ')}`}
                    >
                      {atRisk(row) ? ' in use: at risk' : ' in use'}
                    </span>
                  )}
                  {row.previous && (
                    <span className="previous-mark"> was {describePrevious(row.previous)}</span>
                  )}
                </td>
                <td className="preview-tags">{tagsOf(row)}</td>
                <td>{describeAge(row.image.pushedAt, now)}</td>
                <td>{describeAge(row.image.lastPulledAt, now)}</td>
                <td>{row.image.storageClass ?? 'standard'}</td>
                <td className="preview-reason" data-testid={testIds.previewReason}>
                  {row.outcome.reason}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => onEdit(row.image.digest)}
                  >
                    Edit
                    <span className="visually-hidden"> image {shortDigest(row.image.digest)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="empty-note">No image matches the filters.</p>}
      <nav className="preview-pages" aria-label="Image pages">
        <button
          type="button"
          className="button button-small"
          disabled={current === 0}
          onClick={() => setPage(current - 1)}
        >
          Previous page
        </button>
        <span data-testid={testIds.previewPage}>
          Page {current + 1} of {pages} ({countOf(shown.length, 'image')})
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}
