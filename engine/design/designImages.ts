/**
 * A design's sample images apart from the rest: they change no output, a share link leaves them
 * out, and the render does not check them again on every keystroke (a real repository has up
 * to 100,000).
 */
import { perObject } from '../util/memo';
import type { Design, RepositoryDesign } from './designSchema';

/** One object per repository, so that the render's caches know the repositories a keystroke left alone. */
const withoutImages = perObject(
  ({ sampleImages: _images, ...repository }: RepositoryDesign): RepositoryDesign => repository,
);

/** The design without its sample images (as a link carries it, and as the render checks it). */
export function withoutSampleImages(design: Design): Design {
  if (!design.repositories.some((r) => r.sampleImages)) return design;
  return {
    ...design,
    repositories: design.repositories.map((r) => ('sampleImages' in r ? withoutImages(r) : r)),
  };
}

/** How many sample images the design holds, all repositories together (a link leaves them out). */
export function sampleImageCount(design: Design): number {
  return design.repositories.reduce((n, r) => n + (r.sampleImages?.length ?? 0), 0);
}
