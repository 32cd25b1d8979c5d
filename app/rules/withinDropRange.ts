import type { Modifier } from '@dnd-kit/core';
import type { RefObject } from 'react';
import type { RuleDropRange } from '../../engine/index';

/**
 * Keeps the dragged card on the places of its drop range, with the pointer or the keyboard: from
 * the top of the range's first card to the bottom of its last. Their places are read when the
 * card moves, so an editor closing as the drag starts is no trouble; offsetTop is a card's
 * place in the list without the transforms of the drag (rules.css makes the list their
 * offsetParent). dnd-kit draws the card where `draggingNodeRect` moved by the transform is, in
 * the viewport, and adds the scroll of the pane after the modifiers: so the list's own top is
 * taken where it is now.
 */
export function withinRange(list: RefObject<HTMLElement | null>, range: RuleDropRange): Modifier {
  return ({ transform, draggingNodeRect: rect }) => {
    const element = list.current;
    const first = element?.children[range.first];
    const last = element?.children[range.last];
    if (!rect || !element || !(first instanceof HTMLElement) || !(last instanceof HTMLElement))
      return transform;
    const listTop = element.getBoundingClientRect().top;
    const up = listTop + first.offsetTop - rect.top;
    const down = listTop + last.offsetTop + last.offsetHeight - (rect.top + rect.height);
    return { ...transform, y: Math.min(Math.max(transform.y, up), down) };
  };
}
