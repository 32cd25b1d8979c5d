/**
 * The printers on demand: a caller that shows the texts one at a time (the app) renders with
 * renderBase and prints with these once they have loaded, so that its first load carries no
 * printer. A bundler makes the import a chunk of its own; the CLI and library bundle inline it.
 */
import type { Printers } from './printers';

/** Loads the printers; each call after the first gets the module already loaded. */
export function loadPrinters(): Promise<Printers> {
  return import('./printers').then((module) => module.printers);
}
