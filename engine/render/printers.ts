/** Everything that prints code or a template, as one module the app loads on demand (loadPrinters). */
import { printOutputs } from './printOutputs';
import { renderSnippet } from './snippet';

/** The printers: a render's texts, and a repository's snippet. */
export const printers = { printOutputs, renderSnippet };
export type Printers = typeof printers;
