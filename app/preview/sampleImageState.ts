/**
 * Where a repository's sample images live in the designer state: in its settings, as the
 * design's `repositories[i].sampleImages`, so they join the design file, the autosave and undo (a
 * share link leaves them out). A creation template's preview images live the same way in its
 * settings, as `registry.creationTemplates[i].sampleImages`.
 */
import type { SampleImage } from '../../engine/index';
import type { RegistryState } from '../registry/registryState';
import { patched } from '../state/designerState';

/** A repository entry or a creation template entry: both keep their images in their settings. */
interface ImageOwner {
  key: string;
  settings: { sampleImages?: SampleImage[] };
}

/** One empty list for every repository without images, so memos and effects see no change. */
const noImages: readonly SampleImage[] = [];

export function sampleImagesOf(entry: ImageOwner): readonly SampleImage[] {
  return entry.settings.sampleImages ?? noImages;
}

export function withSampleImages<T extends ImageOwner>(
  entry: T,
  images: readonly SampleImage[],
): T {
  const sampleImages = images.length > 0 ? [...images] : undefined;
  return { ...entry, settings: patched(entry.settings, { sampleImages }) };
}

/** The registry with the images of the creation template keyed `key` (no such template: as it was). */
export function withTemplateImages(
  registry: RegistryState,
  key: string,
  images: readonly SampleImage[],
): RegistryState {
  if (!registry.templates.some((t) => t.key === key)) return registry;
  const templates = registry.templates.map((t) =>
    t.key === key ? withSampleImages(t, images) : t,
  );
  return { ...registry, templates };
}
