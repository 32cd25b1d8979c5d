/**
 * The outputs on demand: a caller that must show a form before anything else (the app) renders
 * with these once they have loaded (renderBase, then the printers of the texts on screen), so
 * that its first load carries neither the analysis nor a printer. A bundler makes the import a
 * chunk of its own; the CLI and library bundle inline it.
 */
import type { Printers } from './printers';

/** Loads the printers; each call after the first gets the module already loaded. */
export function loadPrinters(): Promise<Printers> {
  return import('./printers').then((module) => module.printers);
}
