/** The line layout both printers share. */
import type { Expression } from './model';

export const lineWidth = 100;

export const isCall = (e: Expression) => e.kind === 'call' || e.kind === 'new';

/** A list of values never breaks; a list of calls stays on its line up to 40 short of the width. */
export const listFits = (items: readonly Expression[], inline: string, indent: string) =>
  !items.some(isCall) || inline.length <= lineWidth - indent.length - 40;
