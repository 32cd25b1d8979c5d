/**
 * A design's sample images apart from the rest: they change no output, a share link leaves them
 * out, and the render does not check them again on every keystroke (a real repository has up
 * to 100,000). Repositories hold them, and so do creation templates (the preview of a repository
 * a template creates).
 */
import { perObject } from '../util/memo';
import type { CreationTemplateDesign, Design, RepositoryDesign } from './designSchema';

/** One object per repository, so that the render's caches know the repositories a keystroke left alone. */
const withoutImages = perObject(
  ({ sampleImages: _images, ...repository }: RepositoryDesign): RepositoryDesign => repository,
);
const templateWithoutImages = perObject(
  ({ sampleImages: _images, ...template }: CreationTemplateDesign): CreationTemplateDesign =>
    template,
);

/** The design's registry with no template's images; the same object when none has any. */
function registryWithoutImages(registry: Design['registry']): Design['registry'] {
  const templates = registry?.creationTemplates;
  if (!registry || !templates?.some((t) => 'sampleImages' in t)) return registry;
  return {
    ...registry,
    creationTemplates: templates.map((t) => ('sampleImages' in t ? templateWithoutImages(t) : t)),
  };
}

/** The design without its repositories' sample images (a template's stay). */
export function withoutRepositoryImages(design: Design): Design {
  if (!design.repositories.some((r) => r.sampleImages)) return design;
  return {
    ...design,
    repositories: design.repositories.map((r) => ('sampleImages' in r ? withoutImages(r) : r)),
  };
}

/** The design without its sample images (as a link carries it, and as the render checks it). */
export function withoutSampleImages(design: Design): Design {
  const registry = registryWithoutImages(design.registry);
  const rest = withoutRepositoryImages(design);
  if (registry === design.registry) return rest;
  return { ...rest, registry };
}

/** How many sample images the design's repositories hold, all together (a link leaves them out). */
export function sampleImageCount(design: Design): number {
  return design.repositories.reduce((n, r) => n + (r.sampleImages?.length ?? 0), 0);
}
