/** What screen readers hear while a rule card is dragged (dnd-kit's live region). */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To reorder this lifecycle rule, press Space. Use the up and down arrow keys to move it, Space again to drop it, or Escape to cancel. ECR evaluates the rules from top to bottom.',
};

/** `positionOf` gives a card's 1-based position, `nameOf` the rule in words. */
export function ruleAnnouncements(
  positionOf: (id: UniqueIdentifier) => number,
  nameOf: (id: UniqueIdentifier) => string,
  count: number,
): Announcements {
  return {
    onDragStart: ({ active }) =>
      `Picked up rule ${positionOf(active.id)} of ${count}: ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Rule ${nameOf(active.id)} is over position ${positionOf(over.id)} of ${count}.`
        : `Rule ${nameOf(active.id)} is no longer over a position.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped rule ${nameOf(active.id)} at position ${positionOf(over.id)} of ${count}; ECR evaluates it in that order.`
        : `Dropped rule ${nameOf(active.id)}; its position did not change.`,
    onDragCancel: ({ active }) =>
      `Reordering cancelled. Rule ${nameOf(active.id)} is back at position ${positionOf(active.id)} of ${count}.`,
  };
}
