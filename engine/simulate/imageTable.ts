/** The images as the evaluation reads them: instants parsed once, links resolved to indices. */
import type { SampleImage } from './sampleImages';

export const none = -1;
export const dayMs = 86_400_000;

/** Which of an image's times a rule measured: ecr-lifecycle-spec.md §1.4.3. */
export type TimeSource = 'push' | 'pull' | 'restore' | 'archive';

export interface ImageTable {
  images: readonly SampleImage[];
  archived: Uint8Array;
  pushed: Float64Array;
  activated: (number | undefined)[];
  pulled: (number | undefined)[];
  archivedAt: (number | undefined)[];
  /** The index of the image's manifest list in the set, or none. */
  parent: Int32Array;
  /** The index of a referrer's subject in the set, or none. */
  subject: Int32Array;
}

/** Sample images come parsed (readImages, parseDesign): their instants are valid ISO text. */
const instant = (value: string | undefined) =>
  value === undefined ? undefined : Date.parse(value);

export function tableOf(images: readonly SampleImage[]): ImageTable {
  const n = images.length;
  const indexOf = new Map<string, number>();
  for (const [i, image] of images.entries()) indexOf.set(image.digest, i);
  const linked = (digest: string | undefined) =>
    digest === undefined ? none : (indexOf.get(digest) ?? none);
  const table: ImageTable = {
    images,
    archived: new Uint8Array(n),
    pushed: new Float64Array(n),
    activated: new Array(n),
    pulled: new Array(n),
    archivedAt: new Array(n),
    parent: new Int32Array(n),
    subject: new Int32Array(n),
  };
  images.forEach((image, i) => {
    table.archived[i] = image.storageClass === 'archive' ? 1 : 0;
    table.pushed[i] = instant(image.pushedAt)!;
    table.activated[i] = instant(image.lastActivatedAt);
    table.pulled[i] = instant(image.lastPulledAt);
    table.archivedAt[i] = instant(image.archivedAt);
    table.parent[i] = linked(image.manifestListDigest);
    table.subject[i] = linked(image.subjectDigest);
  });
  return table;
}

/** §1.4.3: the reference time of an image for a count type, and which time it is. */
export function referenceOf(
  table: ImageTable,
  i: number,
  countType: string,
): { time: number; source: TimeSource } {
  const pushed = table.pushed[i]!;
  const activated = table.activated[i];
  if (countType === 'imageCountMoreThan')
    return activated === undefined
      ? { time: pushed, source: 'push' }
      : { time: activated, source: 'restore' };
  if (countType === 'sinceImageTransitioned') {
    const archivedAt = table.archivedAt[i];
    return archivedAt === undefined
      ? { time: pushed, source: 'push' }
      : { time: archivedAt, source: 'archive' };
  }
  if (countType === 'sinceImagePulled') {
    const pulled = table.pulled[i];
    if (activated !== undefined && (pulled === undefined || pulled < activated))
      return { time: activated, source: 'restore' };
    return pulled === undefined
      ? { time: pushed, source: 'push' }
      : { time: pulled, source: 'pull' };
  }
  return { time: pushed, source: 'push' };
}

export const referenceTime = (table: ImageTable, i: number, countType: string) =>
  referenceOf(table, i, countType).time;
