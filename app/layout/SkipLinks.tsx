/**
 * The first stops of the Tab order: straight to the design, the outputs (their selected tab) or
 * the preview. Links by their role, but they move focus themselves: the page's fragment holds
 * the design, so they must not change it. On a phone each also shows its view.
 */
import { type MouseEvent, memo } from 'react';
import type { PhoneView } from './PhoneViews';

/** Each link's view, its fragment (for the link's role only) and the element that takes focus. */
const targets: { view: PhoneView; label: string; href: string; selector: string }[] = [
  { view: 'design', label: 'Skip to the design', href: '#design', selector: '#design' },
  {
    view: 'outputs',
    label: 'Skip to the outputs',
    href: '#outputs',
    selector: '#outputs [role="tab"][aria-selected="true"]',
  },
  { view: 'preview', label: 'Skip to the preview', href: '#preview', selector: '#preview' },
];

export const SkipLinks = memo(function SkipLinks({
  onView,
}: {
  onView: (view: PhoneView) => void;
}) {
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
      {targets.map(({ view, label, href, selector }) => (
        <a key={view} href={href} onClick={(event) => go(event, view, selector)}>
          {label}
        </a>
      ))}
    </nav>
  );
});
