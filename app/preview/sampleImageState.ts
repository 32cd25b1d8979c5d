/**
 * Where a repository's sample images live in the designer state: in its settings, as the
 * design's `repositories[i].sampleImages`, so they join the design file, the autosave and undo (a
 * share link leaves them out).
 */
import type { SampleImage } from '../../engine/index';
import { patched, type RepositoryEntry } from '../state/designerState';

/** One empty list for every repository without images, so memos and effects see no change. */
const noImages: readonly SampleImage[] = [];

export function sampleImagesOf(entry: RepositoryEntry): readonly SampleImage[] {
  return entry.settings.sampleImages ?? noImages;
}

export function withSampleImages(
  entry: RepositoryEntry,
  images: readonly SampleImage[],
): RepositoryEntry {
  const sampleImages = images.length > 0 ? [...images] : undefined;
  return { ...entry, settings: patched(entry.settings, { sampleImages }) };
}
