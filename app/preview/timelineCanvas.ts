/**
 * Drawing the timeline: every image a small mark at its push time in its rule's lane, one path
 * per look so ten thousand marks cost a handful of canvas calls.
 */
import type { FirstAction } from '../../engine/index';
import { type AxisTick, stackOffsets, stateOn, type TimelineLane } from './timelineLayout';

/** CSS pixels; the lane labels beside the canvas use the same heights so they line up. */
export const laneHeight = 28;
export const axisHeight = 26;
/** Room at both ends of the axis, so the oldest and newest marks and their labels are not cut. */
const edge = 10;
/** Grid pitch of the marks; each is 4 px square (7 px on the chosen day's run), crisp on whole pixels. */
const mark = 5;
/** Odd, so a stack is symmetric about the lane's middle: 0, +1, −1, +2, −2. */
const levels = 2 * Math.floor((laneHeight / 2 - 3) / mark) + 1;

/**
 * Canvas x and y (CSS pixels) of each image, NaN when it is not drawn, and its cell: marks snap
 * to a grid of mark-sized cells (at most half a mark from their push time), so a dense lane
 * draws each cell once per look instead of piling up translucent marks into a solid band.
 */
export interface Positions {
  x: Float32Array;
  y: Float32Array;
  cell: Int32Array;
  cells: number;
}

export function positionsOf(
  lanes: readonly TimelineLane[],
  fractions: Float64Array,
  width: number,
): Positions {
  const x = new Float32Array(fractions.length).fill(Number.NaN);
  const y = new Float32Array(fractions.length).fill(Number.NaN);
  const cell = new Int32Array(fractions.length).fill(-1);
  const span = Math.max(0, width - 2 * edge);
  const columnCount = Math.max(1, Math.ceil(span / mark) + 1);
  const middleLevel = Math.floor(levels / 2);
  lanes.forEach((lane, l) => {
    const drawn = lane.indices.filter((i) => !Number.isNaN(fractions[i]!));
    const columns = drawn.map((i) => Math.round((fractions[i]! * span) / mark));
    const offsets = stackOffsets(columns, levels);
    const middle = l * laneHeight + laneHeight / 2;
    drawn.forEach((i, k) => {
      const column = columns[k]!;
      const offset = offsets[k]!;
      x[i] = edge + Math.min(column * mark, span);
      y[i] = middle + offset * mark;
      cell[i] = (l * columnCount + column) * levels + middleLevel + offset;
    });
  });
  return { x, y, cell, cells: lanes.length * columnCount * levels };
}

interface Colours {
  expire: string;
  archive: string;
  keep: string;
  border: string;
  muted: string;
}

/**
 * The outcome colours are light-dark() values, which getPropertyValue returns unresolved and a
 * canvas cannot parse; set as the canvas's own `color`, they come back resolved for the theme.
 */
function readColours(canvas: HTMLCanvasElement): Colours {
  const style = getComputedStyle(canvas);
  const resolve = (variable: string) => {
    canvas.style.color = `var(${variable})`;
    return style.color;
  };
  const colours = {
    expire: resolve('--outcome-expire'),
    archive: resolve('--outcome-archive'),
    keep: resolve('--outcome-keep'),
    border: resolve('--border'),
    muted: resolve('--muted'),
  };
  canvas.style.color = '';
  return colours;
}

export interface Scene {
  width: number;
  height: number;
  dpr: number;
  lanes: readonly TimelineLane[];
  positions: Positions;
  firstActions: readonly (FirstAction | undefined)[];
  day: number;
  ticks: readonly AxisTick[];
  range: { min: number; max: number } | undefined;
}

export function paint(canvas: HTMLCanvasElement, scene: Scene): void {
  const { width, height, dpr, lanes, positions, firstActions, day, ticks, range } = scene;
  const pixelWidth = Math.round(width * dpr);
  const pixelHeight = Math.round(height * dpr);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) return;
  const colours = readColours(canvas);
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.clearRect(0, 0, width, height);
  const plotBottom = lanes.length * laneHeight;

  // Lane separators and tick lines first, faint, under the marks.
  context.strokeStyle = colours.border;
  context.lineWidth = 1;
  context.beginPath();
  for (let l = 1; l < lanes.length; l++) {
    const y = l * laneHeight + 0.5;
    context.moveTo(0, y);
    context.lineTo(width, y);
  }
  context.moveTo(0, plotBottom + 0.5);
  context.lineTo(width, plotBottom + 0.5);
  const xOf = (at: number) =>
    !range || range.max === range.min
      ? width / 2
      : edge + ((at - range.min) / (range.max - range.min)) * (width - 2 * edge);
  for (const tick of ticks) {
    const x = Math.round(xOf(tick.at)) + 0.5;
    context.moveTo(x, 0);
    context.lineTo(x, plotBottom + 4);
  }
  context.globalAlpha = 0.6;
  context.stroke();
  context.globalAlpha = 1;

  context.fillStyle = colours.muted;
  context.font = `12px ${getComputedStyle(canvas).fontFamily}`;
  context.textBaseline = 'top';
  for (const tick of ticks) {
    const x = xOf(tick.at);
    const w = context.measureText(tick.label).width;
    // Centred under its line, but kept inside the canvas at either end.
    const left = Math.min(Math.max(0, x - w / 2), width - w);
    context.fillText(tick.label, left, plotBottom + 7);
  }

  // One path per look, so ten thousand marks cost a handful of fill and stroke calls.
  const kept = new Path2D();
  const archived = new Path2D();
  const archivedToday = new Path2D();
  const expired = new Path2D();
  const expiredToday = new Path2D();
  const { x, y, cell } = positions;
  // Bits by cell: 1 kept, 2 archived, 4 expired drawn there already.
  const done = new Uint8Array(positions.cells);
  const once = (c: number, bit: number) => {
    if (done[c]! & bit) return false;
    done[c] = done[c]! | bit;
    return true;
  };
  for (let i = 0; i < x.length; i++) {
    const px = x[i]!;
    const py = y[i]!;
    const c = cell[i]!;
    if (Number.isNaN(px)) continue;
    const state = stateOn(firstActions[i], day);
    // Filled squares cover whole pixels; a 1 px outline runs along half pixels: both 4 px wide.
    if (state.kind === 'kept') {
      if (once(c, 1)) kept.rect(px - 2, py - 2, 4, 4);
    } else if (state.kind === 'archived') {
      if (state.since === day) archivedToday.rect(px - 3, py - 3, 7, 7);
      else if (once(c, 2)) archived.rect(px - 2, py - 2, 4, 4);
    } else if (state.on === day) expiredToday.rect(px - 2.5, py - 2.5, 6, 6);
    else if (once(c, 4)) expired.rect(px - 1.5, py - 1.5, 3, 3);
  }
  context.globalAlpha = 0.75;
  context.fillStyle = colours.keep;
  context.fill(kept);
  context.globalAlpha = 1;
  context.fillStyle = colours.archive;
  context.fill(archived);
  context.fill(archivedToday);
  // Gone: hollow and faded, so what remains stands out; the day's own run at full strength.
  context.strokeStyle = colours.expire;
  context.globalAlpha = 0.45;
  context.stroke(expired);
  context.globalAlpha = 1;
  context.stroke(expiredToday);
}
