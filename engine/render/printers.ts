/**
 * Everything that makes the outputs, as one module the app loads on demand (loadPrinters): the
 * analysis without texts (renderBase: findings, template, priorities) and the printers of code
 * and templates. The form needs none of it to show and take edits.
 */
import { printOutputs } from './printOutputs';
import { renderBase } from './renderBase';
import { renderSnippet } from './snippet';

/** The printers: a render's texts, and a repository's snippet. */
export const printers = { renderBase, printOutputs, renderSnippet };
export type Printers = typeof printers;
