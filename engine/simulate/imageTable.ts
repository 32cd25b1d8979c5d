/**
 * The images as the evaluation reads them: instants parsed once, each rule's reference time
 * chosen once per image, links resolved to indices.
 */
import type { SampleImage } from './sampleImages';

export const none = -1;
export const dayMs = 86_400_000;

/** Which of an image's times a rule measured: ecr-lifecycle-spec.md §1.4.3. */
export type TimeSource = 'push' | 'pull' | 'restore' | 'archive';
/** By the codes the table stores. */
export const timeSources: readonly TimeSource[] = ['push', 'pull', 'restore', 'archive'];
const [push, pull, restore, archive] = [0, 1, 2, 3] as const;

/** The time a rule's countType measures from, as an index into the table's `times`. */
export type TimeKind = 0 | 1 | 2 | 3;
const [countKind, pushKind, pullKind, transitionKind] = [0, 1, 2, 3] as const;

export function timeKindOf(countType: string): TimeKind {
  if (countType === 'imageCountMoreThan') return countKind;
  if (countType === 'sinceImagePulled') return pullKind;
  if (countType === 'sinceImageTransitioned') return transitionKind;
  return pushKind;
}

export interface ImageTable {
  images: readonly SampleImage[];
  /** 1 in the archive storage class, else 0. */
  archived: Uint8Array;
  /**
   * By TimeKind, then image: the reference time (ms), and its source as an index of timeSources.
   * Empty for a kind no rule measures.
   */
  times: Float64Array[];
  sources: Uint8Array[];
  /** The index of the image's manifest list in the set, or none. */
  parent: Int32Array;
  /** The index of a referrer's subject in the set, or none. */
  subject: Int32Array;
  /**
   * For an image whose digest a link names: the previous image with that digest, or none (a
   * link names the last one; once that one is gone, the one before).
   */
  earlier: Int32Array;
  /** Whether any image names a manifest list or a subject (else the three above are all none). */
  linked: boolean;
}

/** The number written in `count` decimal digits at `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let k = start; k < start + count; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Date.parse, with the shape toISOString writes (readImages and generateSampleImages write no
 * other) read by hand: Date.parse took most of the time of a 100,000-image table. Days 29 to 31
 * roll into the next month as Date.parse rolls them; other shapes and field ranges go to it.
 */
export function instantOf(text: string): number {
  if (
    text.length !== 24 ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[10] !== 'T' ||
    text[13] !== ':' ||
    text[16] !== ':' ||
    text[19] !== '.' ||
    text[23] !== 'Z'
  )
    return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  if (year < 0 || ms < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Date.parse(text);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return Date.parse(text);
  // Days from 1970-01-01 to the first of the month (the proleptic Gregorian calendar, March-based).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const days =
    era * 146_097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719_468 +
    day -
    1;
  return days * dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

const instant = (value: string | undefined) => (value === undefined ? undefined : instantOf(value));

/**
 * Resolves the links of the images at `linking` (those naming a manifest list or a subject): a
 * link names the last image of its digest, and `earlier` chains the others of a named digest.
 * Only the digests some image names are indexed: a map of all 100,000 was a tenth of a run.
 */
function resolveLinks(table: ImageTable, linking: readonly number[]): void {
  const { images } = table;
  const named = new Map<string, number>();
  for (const i of linking) {
    const { manifestListDigest, subjectDigest } = images[i]!;
    if (manifestListDigest !== undefined) named.set(manifestListDigest, none);
    if (subjectDigest !== undefined) named.set(subjectDigest, none);
  }
  for (let i = 0; i < images.length; i++) {
    const { digest } = images[i]!;
    const last = named.get(digest);
    if (last === undefined) continue;
    table.earlier[i] = last;
    named.set(digest, i);
  }
  const indexOf = (digest: string | undefined) =>
    digest === undefined ? none : named.get(digest)!;
  for (const i of linking) {
    table.parent[i] = indexOf(images[i]!.manifestListDigest);
    table.subject[i] = indexOf(images[i]!.subjectDigest);
  }
  table.linked = true;
}

/**
 * The table of the images for rules of the given count types: only the times those rules
 * measure are read (each is a parse per image); the others' columns are empty.
 */
export function tableOf(images: readonly SampleImage[], countTypes: readonly string[]): ImageTable {
  const n = images.length;
  const measured = [0, 1, 2, 3].map((kind) => countTypes.some((t) => timeKindOf(t) === kind));
  const times = measured.map((kept) => new Float64Array(kept ? n : 0));
  const sources = measured.map((kept) => new Uint8Array(kept ? n : 0));
  const [counts, pushes, pulls, transitions] = measured as [boolean, boolean, boolean, boolean];
  type Four<T> = [T, T, T, T];
  const [countTimes, pushTimes, pullTimes, transitionTimes] = times as Four<Float64Array>;
  // Push sources stay 0 (push).
  const [countSources, , pullSources, transitionSources] = sources as Four<Uint8Array>;
  const table: ImageTable = {
    images,
    archived: new Uint8Array(n),
    times,
    sources,
    parent: new Int32Array(n).fill(none),
    subject: new Int32Array(n).fill(none),
    earlier: new Int32Array(n).fill(none),
    linked: false,
  };
  // Each image's fields read once: with many shapes of image (optional fields), reads are slow.
  const linking: number[] = [];
  for (let i = 0; i < n; i++) {
    const image = images[i]!;
    table.archived[i] = image.storageClass === 'archive' ? 1 : 0;
    // §1.4.3: count rules order restored images by restore time; sinceImagePushed uses the push.
    const pushed = instantOf(image.pushedAt);
    if (pushes) pushTimes[i] = pushed;
    const activated = counts || pulls ? instant(image.lastActivatedAt) : undefined;
    if (counts) {
      countTimes[i] = activated ?? pushed;
      countSources[i] = activated === undefined ? push : restore;
    }
    if (transitions) {
      const archivedAt = instant(image.archivedAt);
      transitionTimes[i] = archivedAt ?? pushed;
      transitionSources[i] = archivedAt === undefined ? push : archive;
    }
    if (pulls) {
      const pulled = instant(image.lastPulledAt);
      if (activated !== undefined && (pulled === undefined || pulled < activated)) {
        pullTimes[i] = activated;
        pullSources[i] = restore;
      } else {
        pullTimes[i] = pulled ?? pushed;
        pullSources[i] = pulled === undefined ? push : pull;
      }
    }
    if (image.manifestListDigest !== undefined || image.subjectDigest !== undefined)
      linking.push(i);
  }
  if (linking.length > 0) resolveLinks(table, linking);
  return table;
}

/** A run archived image i (timeline): in the archive since `archivedAt`, read as tableOf reads it. */
export function archiveImage(table: ImageTable, i: number, archivedAt: string): void {
  table.archived[i] = 1;
  if (table.times[transitionKind]!.length === 0) return;
  table.times[transitionKind]![i] = instantOf(archivedAt);
  table.sources[transitionKind]![i] = archive;
}

/**
 * The table of the images at `kept` (ascending indices), as tableOf would build it from them:
 * a link to an image left out goes to the previous image of its digest, or none. `moved` maps
 * each old index to its new one, or none.
 */
export function subsetTable(
  table: ImageTable,
  kept: Int32Array,
): { table: ImageTable; moved: Int32Array } {
  const n = kept.length;
  const moved = new Int32Array(table.images.length).fill(none);
  for (let i = 0; i < n; i++) moved[kept[i]!] = i;
  const resolve = (old: number) => {
    let p = old;
    while (p !== none && moved[p] === none) p = table.earlier[p]!;
    return p === none ? none : moved[p]!;
  };
  // Plain loops: the timeline compacts after every run that expires an image.
  const gather = <T extends Float64Array | Uint8Array>(from: T): T => {
    if (from.length === 0) return from;
    const to = from.slice(0, n) as T; // an array of the same kind, overwritten below
    for (let i = 0; i < n; i++) to[i] = from[kept[i]!]!;
    return to;
  };
  const relink = (from: Int32Array) => {
    const to = new Int32Array(n);
    if (!table.linked) return to.fill(none);
    for (let i = 0; i < n; i++) to[i] = resolve(from[kept[i]!]!);
    return to;
  };
  const images = new Array<SampleImage>(n);
  for (let i = 0; i < n; i++) images[i] = table.images[kept[i]!]!;
  return {
    table: {
      images,
      archived: gather(table.archived),
      times: table.times.map(gather),
      sources: table.sources.map(gather),
      parent: relink(table.parent),
      subject: relink(table.subject),
      earlier: relink(table.earlier),
      linked: table.linked,
    },
    moved,
  };
}
