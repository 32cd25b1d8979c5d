/**
 * Which images of an autosave go to IndexedDB (imageDatabase.ts), and reading its record back:
 * localStorage holds a few megabytes at most, and a real repository's describe-images output can
 * be 100,000 images. One record holds the images of the last autosave by repository id with that
 * autosave's `savedAt`, so a reload never pairs a design with the images of another save. What is
 * read back is untrusted and parsed like any image list.
 */
import {
  type Design,
  parseSampleImages,
  type SampleImage,
  sampleImageCount,
} from '../../engine/index';

/** Up to this many images in all, they stay in the localStorage autosave with their design. */
export const inlineImageLimit = 1000;

/** The design's images by repository id when there are too many for localStorage, else undefined. */
export function imagesToStore(design: Design): Record<string, readonly SampleImage[]> | undefined {
  if (sampleImageCount(design) <= inlineImageLimit) return undefined;
  const byRepository: Record<string, readonly SampleImage[]> = {};
  for (const r of design.repositories) if (r.sampleImages) byRepository[r.id] = r.sampleImages;
  return byRepository;
}

export interface ImageRecord {
  savedAt: number;
  /** Repository id → its images. */
  byRepository: Record<string, readonly SampleImage[]>;
}

export type StoredImagesRead =
  | { ok: true; byRepository: Map<string, SampleImage[]> }
  | { ok: false; why: string };

/** The record's images when it belongs to the autosave made at `savedAt` and every list parses. */
export function imagesOfRecord(value: unknown, savedAt: number): StoredImagesRead {
  if (typeof value !== 'object' || value === null)
    return { ok: false, why: 'the browser storage holds no images' };
  const record = value as Partial<Record<keyof ImageRecord, unknown>>;
  if (record.savedAt !== savedAt)
    return { ok: false, why: 'the stored images belong to another save' };
  if (typeof record.byRepository !== 'object' || record.byRepository === null)
    return { ok: false, why: 'the stored images are damaged' };
  const byRepository = new Map<string, SampleImage[]>();
  for (const [id, list] of Object.entries(record.byRepository)) {
    const parsed = parseSampleImages(list);
    if (!parsed.images) return { ok: false, why: `the stored images of '${id}' are damaged` };
    byRepository.set(id, parsed.images);
  }
  return { ok: true, byRepository };
}
