/**
 * The controls of a rule card that get their focus back when the card is drawn anew: after a
 * drop moves its DOM node, once drag and drop arrives and the cards re-mount, and when an editor
 * opens or closes.
 */
export type RuleControl = 'handle' | 'toggle';

const attribute = 'data-rule-control';

/** The value of a control's `data-rule-control` attribute. */
export function ruleControlId(key: string, control: RuleControl): string {
  return `${control}:${key}`;
}

/** The id of the rule control `element` is, if it is one. */
export function ruleControlOf(element: Element | null): string | undefined {
  return element?.getAttribute(attribute) ?? undefined;
}

export function findRuleControl(root: ParentNode | null | undefined, id: string) {
  return root?.querySelector<HTMLElement>(`[${attribute}="${id}"]`) ?? null;
}

function scrollerOf(element: HTMLElement): Element {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight)
      return box;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Scrolls `element` back to `top` (in viewport pixels), where it was: an editor that closes
 * above it would otherwise pull the row a person just pressed out from under the pointer.
 */
export function scrollBackTo(element: HTMLElement, top: number): void {
  const shift = element.getBoundingClientRect().top - top;
  if (Math.abs(shift) >= 1) scrollerOf(element).scrollBy(0, shift);
}
