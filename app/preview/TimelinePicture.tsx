import './timeline.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countOf, type FirstAction, type SampleImage } from '../../engine/index';
import { testIds } from '../testIds';
import { useDevicePixelRatio, useThemeKey, useWidth } from './canvasEnvironment';
import { axisHeight, laneHeight, paint, positionsOf } from './timelineCanvas';
import {
  axisTicks,
  describeBytes,
  formatDay,
  instantOfDay,
  lanesOf,
  pushFractions,
  pushRange,
  type TimelineLane,
  type TimelineTotals,
  totalsOn,
} from './timelineLayout';

export interface TimelinePictureProps {
  /** Up to 10,000: drawn on one canvas, so the DOM stays a few dozen nodes whatever the count. */
  images: readonly SampleImage[];
  /** By image index: the first daily run that expires or archives it, or undefined (never within `days`). */
  firstActions: readonly (FirstAction | undefined)[];
  /** The rules in priority order, each with a short label (e.g. "1 · images tagged sha-* · keep 10"). */
  rules: readonly { rulePriority: number; label: string }[];
  /** ms since epoch, the preview's "now" (day 0). */
  now: number;
  /** The horizon computed (e.g. 90 or 365). */
  days: number;
}

/** One formatter: toLocaleString with a locale builds a new one on every call. */
const numbers = new Intl.NumberFormat('en-US');
const count = (n: number) => numbers.format(n);

/**
 * The lifecycle policy at a glance: every sample image at its push time, in the lane of the
 * rule that decides it, coloured by what has happened to it by the slider's day. Empty images
 * get a note, not an empty canvas.
 */
export function TimelinePicture(props: TimelinePictureProps) {
  if (props.images.length === 0)
    return (
      <p className="empty-note">No sample images: there is nothing to draw on the timeline.</p>
    );
  return <TimelineFigure {...props} />;
}

function TimelineFigure({ images, firstActions, rules, now, days }: TimelinePictureProps) {
  const horizon = Math.max(0, Math.floor(days));
  const [chosen, setChosen] = useState(0);
  // A shorter horizon (the panel recomputed) pulls the slider back rather than past its end.
  const day = Math.min(Math.max(0, chosen), horizon);
  const sliderId = useId();
  const summaryId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(plotRef);
  const dpr = useDevicePixelRatio();
  const theme = useThemeKey();

  const lanes = useMemo(
    () => lanesOf(images, firstActions, rules, horizon),
    [images, firstActions, rules, horizon],
  );
  const range = useMemo(() => pushRange(images), [images]);
  const fractions = useMemo(() => pushFractions(images, range), [images, range]);
  const ticks = useMemo(
    () => (range ? axisTicks(range.min, range.max, Math.max(2, Math.floor(width / 110))) : []),
    [range, width],
  );
  const positions = useMemo(() => positionsOf(lanes, fractions, width), [lanes, fractions, width]);
  const totals = useMemo(
    () => totalsOn(lanes, images, firstActions, day),
    [lanes, images, firstActions, day],
  );
  const height = lanes.length * laneHeight + axisHeight;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    // One frame per change: dragging the slider or resizing repaints at most once a frame.
    const frame = requestAnimationFrame(() =>
      paint(canvas, { width, height, dpr, lanes, positions, firstActions, day, ticks, range }),
    );
    return () => cancelAnimationFrame(frame);
    // theme: the colours are read from CSS when painting, so a theme switch must repaint.
  }, [width, height, dpr, lanes, positions, firstActions, day, ticks, range, theme]);

  const date = formatDay(instantOfDay(now, day));
  const { total } = totals;
  const kept = images.length - total.expired - total.archived;
  const valueText = `Day ${day}, ${date}: ${count(total.expired)} expired, ${count(total.archived)} archived`;
  const pushed = range
    ? range.min === range.max
      ? `pushed ${formatDay(range.min)}`
      : `pushed ${formatDay(range.min)} to ${formatDay(range.max)}`
    : 'without readable push times';
  const canvasLabel =
    `${countOf(images.length, 'image')} ${pushed}, by push time, in ${countOf(lanes.length, 'lane')} by the rule that decides them. ` +
    `By day ${day} (${date}): ${count(total.expired)} expired, ${count(total.archived)} archived, ${count(kept)} kept. ` +
    'The table below gives the figures by rule.';

  return (
    <figure className="timeline" aria-describedby={summaryId} data-testid={testIds.timelinePicture}>
      <figcaption className="timeline-caption">
        Timeline: the policy run once a day for {countOf(horizon, 'day')} from now, with no new
        pushes or pulls. Each mark is an image at its push time, in the lane of the rule that first
        acts on it.
      </figcaption>
      <ul className="timeline-legend" aria-label="Legend">
        <li>
          <span className="timeline-swatch timeline-swatch-keep" aria-hidden="true" /> Kept
        </li>
        <li>
          <span className="timeline-swatch timeline-swatch-archive" aria-hidden="true" /> Archived
        </li>
        <li>
          <span className="timeline-swatch timeline-swatch-expire" aria-hidden="true" /> Expired
        </li>
        <li>
          <span className="timeline-swatch timeline-swatch-big" aria-hidden="true" /> Larger: on the
          chosen day’s run
        </li>
      </ul>
      <div className="timeline-chart">
        {/* The table below names the lanes for assistive technology; these line up with the canvas. */}
        <ul className="timeline-lanes" aria-hidden="true" style={{ paddingBottom: axisHeight }}>
          {lanes.map((lane) => (
            <li key={lane.key} style={{ height: laneHeight }} title={lane.label}>
              <span className="timeline-lane-label">{lane.label}</span>
              <span className="timeline-lane-count">{count(lane.indices.length)}</span>
            </li>
          ))}
        </ul>
        <div className="timeline-plot" ref={plotRef}>
          <canvas
            ref={canvasRef}
            className="timeline-canvas"
            role="img"
            aria-label={canvasLabel}
            style={{ height }}
          />
        </div>
      </div>
      <div className="timeline-controls">
        <button
          type="button"
          className="button button-small"
          disabled={day <= 0}
          onClick={() => setChosen(day - 1)}
        >
          −1 day
        </button>
        <label htmlFor={sliderId}>
          <span className="field-label">Days from now</span>
        </label>
        <input
          id={sliderId}
          className="timeline-slider"
          type="range"
          min={0}
          max={horizon}
          step={1}
          value={day}
          aria-valuetext={valueText}
          data-testid={testIds.timelineSlider}
          onChange={(e) => setChosen(Number(e.target.value))}
        />
        <button
          type="button"
          className="button button-small"
          disabled={day >= horizon}
          onClick={() => setChosen(day + 1)}
        >
          +1 day
        </button>
        <span className="timeline-day" aria-hidden="true">
          Day {day} · {date}
        </span>
      </div>
      <p className="timeline-summary" id={summaryId}>
        By day {day} ({date}): {count(total.expired)} expired (
        {describeBytes(total.bytesFreed, total.expired, total.expiredUnsized)} freed),{' '}
        {count(total.archived)} archived (
        {describeBytes(total.bytesArchived, total.archived, total.archivedUnsized)}), {count(kept)}{' '}
        kept. That day’s run: {count(total.expiredOnDay)} expired, {count(total.archivedOnDay)}{' '}
        archived.
      </p>
      <TotalsTable lanes={lanes} totals={totals} day={day} date={date} />
    </figure>
  );
}

function TotalsTable({
  lanes,
  totals,
  day,
  date,
}: {
  lanes: readonly TimelineLane[];
  totals: { byLane: TimelineTotals[]; total: TimelineTotals };
  day: number;
  date: string;
}) {
  // The kept lane acts on nothing, so it has no row: the summary above counts what is kept.
  const rows = lanes.flatMap((lane, i) =>
    lane.kind === 'kept' ? [] : [{ lane, totals: totals.byLane[i]! }],
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on a phone must be reachable by keyboard to scroll
    <section className="preview-table-wrap" aria-label="Totals by rule" tabIndex={0}>
      <table className="preview-table timeline-totals" data-testid={testIds.timelineTotals}>
        <caption className="timeline-totals-caption">
          Expired and archived by day {day} ({date}), by the rule that decides them; “at least”
          where some images have no size.
        </caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Expired</th>
            <th scope="col">Archived</th>
            <th scope="col">Freed</th>
            <th scope="col">Archived size</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ lane, totals: t }) => (
            <tr key={lane.key}>
              <th scope="row" className="timeline-rule">
                {lane.label}
              </th>
              <TotalCells totals={t} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <TotalCells totals={totals.total} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function TotalCells({ totals: t }: { totals: TimelineTotals }) {
  return (
    <>
      <td className="timeline-number">
        {count(t.expired)}
        {t.expiredOnDay > 0 && (
          <span className="timeline-delta"> (+{count(t.expiredOnDay)} that day)</span>
        )}
      </td>
      <td className="timeline-number">
        {count(t.archived)}
        {t.archivedOnDay > 0 && (
          <span className="timeline-delta"> (+{count(t.archivedOnDay)} that day)</span>
        )}
      </td>
      <td className="timeline-number">
        {describeBytes(t.bytesFreed, t.expired, t.expiredUnsized)}
      </td>
      <td className="timeline-number">
        {describeBytes(t.bytesArchived, t.archived, t.archivedUnsized)}
      </td>
    </>
  );
}
