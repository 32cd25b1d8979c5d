import type { Modifier } from '@dnd-kit/core';

/** Cards move up and down only (the same as @dnd-kit/modifiers' modifier, without the package). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
