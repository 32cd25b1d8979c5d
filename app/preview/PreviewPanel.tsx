import { PreviewAssumptions } from './PreviewAssumptions';
import './preview.css';
import './previewSources.css';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { countOf, type Finding, type SampleImage } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';
import { CompareSummary } from './CompareSummary';
import { GeneratorForm } from './GeneratorForm';
import { ImageEditor } from './ImageEditor';
import { ImageTable } from './ImageTable';
import { InUseReport } from './InUseReport';
import { type Change, type OutcomeKind, outcomeKinds, rowsOf } from './outcomes';
import { PreviewFilters } from './PreviewFilters';
import { PreviewSources } from './PreviewSources';
import { PreviewTotals } from './PreviewTotals';
import { ownerSettings, type PreviewOwner, usePanelInputs } from './panelInputs';
import { timelineChoices, updatePreviewInputs, usePreviewInputs } from './previewInputs';
import { instantOfDate, todayDate } from './previewTime';
import { countByRule, type RuleCounts } from './ruleCounts';
import { sampleImagesOf } from './sampleImageState';
import { TemplatePreviewNote } from './TemplatePreviewNote';
import { TimelinePicture } from './TimelinePicture';
import { useSimulation } from './useSimulation';

interface PreviewPanelProps {
  owner: PreviewOwner;
  onCounts: (counts: ReadonlyMap<number, RuleCounts> | null) => void;
  /** The errors on rules that expire or archive images in use, for the rule cards. */
  onFindings: (findings: readonly Finding[]) => void;
}

const noFindings: Finding[] = [];

/**
 * What the repository's lifecycle policy does to its images, and why: images generated, typed
 * or read from `aws ecr describe-images`; with where images run, those at risk and the rule
 * that protects them; against the policy in force; and day by day on a timeline. The engine's
 * previewReport runs in a worker, so typing in a rule never waits for 10,000 images.
 */
export default function PreviewPanel({ owner, onCounts, onFindings }: PreviewPanelProps) {
  const dispatch = useDispatch();
  const titleId = useId();
  const [date, setDate] = useState(todayDate);
  const [kinds, setKinds] = useState<ReadonlySet<OutcomeKind>>(() => new Set(outcomeKinds));
  const [tagText, setTagText] = useState('');
  const [borderlineOnly, setBorderlineOnly] = useState(false);
  const [inUseOnly, setInUseOnly] = useState(false);
  const [change, setChange] = useState<Change | undefined>(undefined);
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const { entry } = owner;
  const inputs = usePreviewInputs(entry.key);
  const now = instantOfDate(date);
  const images = sampleImagesOf(entry);
  const { id, repositoryName } = ownerSettings(owner);
  const target = useMemo(
    () => ({ key: entry.key, id, ...(repositoryName !== undefined && { repositoryName }) }),
    [entry.key, id, repositoryName],
  );
  const latestTarget = useRef(target);
  useLayoutEffect(() => {
    latestTarget.current = target;
  });
  const currentTarget = useCallback(() => latestTarget.current, []);
  const previewInputs = usePanelInputs(owner, images, now, inputs);
  const simulation = useSimulation(previewInputs);
  const preview = images.length > 0 ? simulation.preview : undefined;
  const ok = preview?.ok ? preview : undefined;
  const shownImages = simulation.input?.images;
  const rows = useMemo(
    () => (ok && shownImages ? rowsOf(shownImages, ok.outcomes, ok) : []),
    [ok, shownImages],
  );
  const counts = useMemo(() => (ok ? countByRule(ok.counts) : null), [ok]);
  useEffect(() => onCounts(counts), [counts, onCounts]);
  useEffect(() => () => onCounts(null), [onCounts]);
  const atRiskFindings = ok?.atRiskFindings ?? noFindings;
  useEffect(() => onFindings(atRiskFindings), [atRiskFindings, onFindings]);
  useEffect(() => () => onFindings(noFindings), [onFindings]);

  const setImages = useCallback(
    (next: readonly SampleImage[]) =>
      dispatch({ type: 'setSampleImages', repositoryKey: entry.key, images: next }),
    [dispatch, entry.key],
  );
  const editedImage =
    editing === undefined ? undefined : (images.find((i) => i.digest === editing) ?? null);

  return (
    <section
      className="preview"
      id="preview"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid={testIds.preview}
    >
      <div className="section-header">
        <h3 id={titleId}>
          Lifecycle preview
          {owner.kind === 'template' && (
            <>
              {' '}
              of <code>{id}</code>
            </>
          )}
        </h3>
        <span className="preview-stale" aria-live="polite">
          {simulation.pending ? 'Updating…' : ''}
        </span>
      </div>
      <p className="section-help">
        What one run of{' '}
        {owner.kind === 'template'
          ? 'this template’s lifecycle policy would do to the images of a repository it creates'
          : 'this repository’s lifecycle policy would do to its images'}
        , and why: read them from <code>aws ecr describe-images</code>, or generate or add sample
        images. ECR evaluates all rules together: an image whose tags match a higher rule is
        protected from lower rules but still fills their count slots.
      </p>
      {owner.kind === 'template' && <TemplatePreviewNote />}
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
        <label className="field">
          <span className="field-label">Timeline</span>
          <select
            className="input input-small"
            value={inputs.days}
            onChange={(e) =>
              updatePreviewInputs(entry.key, (s) => ({ ...s, days: Number(e.target.value) }))
            }
          >
            {timelineChoices.map((days) => (
              <option key={days} value={days}>
                {days} days of daily runs
              </option>
            ))}
          </select>
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
      <PreviewSources target={currentTarget} images={images} inputs={inputs} />
      <GeneratorForm now={now} onGenerate={setImages} />
      {images.length > 0 && (
        <p className="preview-link-note">
          A share link carries the policy, not the images: these {countOf(images.length, 'image')}{' '}
          are saved in this browser and in the design file (Download design JSON).
        </p>
      )}
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
          No images yet: read them from AWS, generate a set or add images to see what the rules
          would do.
        </p>
      ) : simulation.error ? (
        <div className="preview-error" role="status">
          <p>{simulation.error}</p>
        </div>
      ) : preview && !preview.ok ? (
        <div className="preview-error" role="status" data-testid={testIds.previewBlocked}>
          <p>
            {preview.message}. ECR refuses such a policy, so the preview does not guess what it
            would do.
          </p>
          <FindingList findings={preview.findings} />
        </div>
      ) : (
        ok && (
          <>
            <PreviewAssumptions assumptions={ok.assumptions} />
            <PreviewTotals preview={ok} />
            <FindingList findings={ok.findings} />
            <InUseReport
              preview={ok}
              repositoryKey={entry.key}
              onShowInUse={() => setInUseOnly(true)}
            />
            {ok.compare && inputs.inForce && (
              <CompareSummary
                compare={ok.compare}
                name={inputs.inForce.name}
                shown={change}
                onShow={setChange}
              />
            )}
            {ok.firstActions && ok.days !== undefined && shownImages && (
              <TimelinePicture
                images={shownImages}
                firstActions={ok.firstActions}
                rules={ok.rules}
                now={simulation.input?.now ?? now}
                days={ok.days}
              />
            )}
            <PreviewFilters
              rows={rows}
              kinds={kinds}
              onKinds={setKinds}
              tagText={tagText}
              onTagText={setTagText}
              borderlineOnly={borderlineOnly}
              onBorderlineOnly={setBorderlineOnly}
              inUseOnly={inUseOnly}
              onInUseOnly={ok.usedBy ? setInUseOnly : undefined}
            />
            <ImageTable
              rows={rows}
              filter={{
                kinds,
                tagText,
                borderlineOnly,
                inUseOnly: inUseOnly && ok.usedBy !== undefined,
                ...(change !== undefined && ok.compare && { change }),
              }}
              now={simulation.input?.now ?? now}
              onEdit={setEditing}
            />
          </>
        )
      )}
    </section>
  );
}
