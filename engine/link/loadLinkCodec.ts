/**
 * The share-link codec on demand: deflate with its preset dictionary (fflate) is a tenth of what
 * the designer's first paint would otherwise download, and the first paint only needs it when
 * the page opens with a link. A bundler makes the import a chunk of its own; the CLI and the
 * library bundle inline it.
 */
import type { decodeLink, encodeLink } from './linkCodec';

export interface LinkCodec {
  encodeLink: typeof encodeLink;
  decodeLink: typeof decodeLink;
}

/** Loads the codec; each call after the first gets the module already loaded. */
export function loadLinkCodec(): Promise<LinkCodec> {
  return import('./linkCodec');
}
