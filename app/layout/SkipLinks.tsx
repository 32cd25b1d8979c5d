/**
 * The first stops of the Tab order: straight to the design, the outputs (their selected tab) or
 * the preview. Links by their role, but they move focus themselves: the page's fragment holds
 * the design, so they must not change it. On a phone each also shows its view.
 */
import type { MouseEvent } from 'react';
import type { PhoneView } from './PhoneViews';

const targets: { view: PhoneView; label: string; selector: string }[] = [
  { view: 'design', label: 'Skip to the design', selector: '#design' },
  {
    view: 'outputs',
    label: 'Skip to the outputs',
    selector: '#outputs [role="tab"][aria-selected="true"]',
  },
  { view: 'preview', label: 'Skip to the preview', selector: '#preview' },
];

export function SkipLinks({ onView }: { onView: (view: PhoneView) => void }) {
  const go = (event: MouseEvent, view: PhoneView, selector: string) => {
    event.preventDefault();
    onView(view);
    // After the view is shown: a hidden element cannot take focus.
    requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>(selector);
      target?.focus();
      target?.scrollIntoView({ block: 'nearest' });
    });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map(({ view, label, selector }) => (
        <a key={view} href={selector.split(' ')[0]} onClick={(event) => go(event, view, selector)}>
          {label}
        </a>
      ))}
    </nav>
  );
}
