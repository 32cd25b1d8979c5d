import { PreviewAssumptions } from './PreviewAssumptions';
import './preview.css';
import { useContext, useEffect, useId, useMemo, useState } from 'react';
import type { SampleImage } from '../../engine/index';
import { EntitiesContext } from '../entities/EntitiesContext';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { GeneratorForm } from './GeneratorForm';
import { ImageEditor } from './ImageEditor';
import { ImageTable } from './ImageTable';
import { countByRule, type OutcomeKind, outcomeKinds, type RuleCounts, rowsOf } from './outcomes';
import { PreviewFilters } from './PreviewFilters';
import { instantOfDate, todayDate } from './previewTime';
import { sampleImagesOf } from './sampleImageState';
import { useSimulation } from './useSimulation';

interface PreviewPanelProps {
  entry: RepositoryEntry;
  onCounts: (counts: ReadonlyMap<number, RuleCounts> | null) => void;
}

/**
 * What the repository's lifecycle policy does to its sample images: every image with its
 * outcome and the reason, filters, and per-rule counts for the rule cards. The simulation runs
 * in a worker, so typing in a rule never waits for a thousand-image evaluation.
 */
export default function PreviewPanel({ entry, onCounts }: PreviewPanelProps) {
  const dispatch = useDispatch();
  const view = useContext(EntitiesContext);
  const titleId = useId();
  const [date, setDate] = useState(todayDate);
  const [kinds, setKinds] = useState<ReadonlySet<OutcomeKind>>(() => new Set(outcomeKinds));
  const [tagText, setTagText] = useState('');
  const [borderlineOnly, setBorderlineOnly] = useState(false);
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const now = instantOfDate(date);
  const images = sampleImagesOf(entry);
  const repositoryIndex = view?.repositories.findIndex((r) => r.key === entry.key) ?? -1;
  const input = useMemo(
    () => ({ design: view?.design, repositoryIndex, images, now }),
    [view?.design, repositoryIndex, images, now],
  );
  const simulation = useSimulation(input);
  const result = images.length > 0 ? simulation.result : undefined;
  const outcomes = result?.ok ? result.outcomes : undefined;
  const shownImages = simulation.input?.images;
  const rows = useMemo(
    () => (outcomes && shownImages ? rowsOf(shownImages, outcomes) : []),
    [outcomes, shownImages],
  );
  const engineCounts = simulation.counts;
  const counts = useMemo(
    () => (outcomes && engineCounts ? countByRule(engineCounts) : null),
    [outcomes, engineCounts],
  );
  useEffect(() => onCounts(counts), [counts, onCounts]);
  useEffect(() => () => onCounts(null), [onCounts]);

  const setImages = (next: readonly SampleImage[]) =>
    dispatch({ type: 'setSampleImages', repositoryKey: entry.key, images: next });
  const editedImage =
    editing === undefined ? undefined : (images.find((i) => i.digest === editing) ?? null);

  return (
    <section className="preview" aria-labelledby={titleId} data-testid={testIds.preview}>
      <div className="section-header">
        <h3 id={titleId}>Lifecycle preview</h3>
        <span className="preview-stale" aria-live="polite">
          {simulation.pending ? 'Updating…' : ''}
        </span>
      </div>
      <p className="section-help">
        What one run of this repository’s lifecycle policy would do to sample images, and why. ECR
        evaluates all rules together: an image whose tags match a higher rule is protected from
        lower rules but still fills their count slots.
      </p>
      <PreviewAssumptions {...(result?.ok && { assumptions: result.assumptions })} />
      <div className="preview-toolbar">
        <label className="field">
          <span className="field-label">Preview at (12:00 UTC)</span>
          <input
            className="input input-small"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <button type="button" className="button button-small" onClick={() => setEditing(null)}>
          Add image
        </button>
        {images.length > 0 && (
          <button
            type="button"
            className="button button-quiet button-small button-danger"
            onClick={() => setImages([])}
          >
            Remove all images
          </button>
        )}
      </div>
      <GeneratorForm now={now} onGenerate={setImages} />
      {editedImage !== undefined && (
        <ImageEditor
          key={editing ?? 'new'}
          image={editedImage}
          images={images}
          now={now}
          onSave={(next) => {
            setImages(next);
            setEditing(undefined);
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
      {images.length === 0 ? (
        <p className="empty-note">
          No sample images yet: generate a set or add images to see what the rules would do.
        </p>
      ) : simulation.error || (result && !result.ok) ? (
        <div className="preview-error" role="status">
          <p>{simulation.error ?? (result && !result.ok ? result.message : '')}</p>
          {result && !result.ok && result.findings.length > 0 && (
            <ul>
              {result.findings.map((f) => (
                <li key={`${f.path}\n${f.message}`}>
                  {f.severity}: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <>
          <PreviewFilters
            rows={rows}
            kinds={kinds}
            onKinds={setKinds}
            tagText={tagText}
            onTagText={setTagText}
            borderlineOnly={borderlineOnly}
            onBorderlineOnly={setBorderlineOnly}
          />
          <ImageTable
            rows={rows}
            filter={{ kinds, tagText, borderlineOnly }}
            now={simulation.input?.now ?? now}
            onEdit={setEditing}
          />
        </>
      )}
    </section>
  );
}
