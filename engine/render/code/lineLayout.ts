/** The line layout both printers share. */
import type { Expression } from './model';

export const lineWidth = 100;

export const isCall = (e: Expression) => e.kind === 'call' || e.kind === 'new';

const breaksInList = (e: Expression) => isCall(e) || e.kind === 'struct';

/**
 * A list of values never breaks; a list of calls or structs stays on its line up to 40 short of
 * the width, and when none of its items breaks.
 */
export const listFits = (items: readonly Expression[], inline: string, indent: string) =>
  !items.some(breaksInList) ||
  (inline.length <= lineWidth - indent.length - 40 && !inline.includes('\n'));
