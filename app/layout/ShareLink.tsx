import { type Design, encodeLink, longLinkChars } from '../../engine/index';
import { testIds } from '../testIds';

/** The address of the page with the design in its fragment (never sent to a server). */
export function shareUrlOf(design: Design): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${encodeLink(design)}`;
}

/** Past `longLinkChars`, chat tools and some browsers cut links; say so, and what to do instead. */
export function LongLinkWarning({ linkChars }: { linkChars: number | undefined }) {
  if (linkChars === undefined || linkChars <= longLinkChars) return null;
  return (
    <p className="link-warning" data-testid={testIds.longLinkWarning}>
      The share link is {linkChars.toLocaleString('en-US')} characters long. Links longer than{' '}
      {longLinkChars.toLocaleString('en-US')} characters may be cut by chat tools and browsers:
      share the design JSON instead.
    </p>
  );
}
