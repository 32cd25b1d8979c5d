import { type Design, type LinkCodec, longLinkChars } from '../../engine/index';
import { linkCodec, loadedLinkCodec } from '../persistence/linkCodec';
import { testIds } from '../testIds';

/**
 * The address of the page with the design in its fragment (never sent to a server); at once
 * when the link codec has loaded, as it has a moment after startup.
 */
export function shareUrlOf(design: Design): string | Promise<string> {
  const urlWith = ({ encodeLink }: LinkCodec) => {
    const { origin, pathname, search } = window.location;
    return `${origin}${pathname}${search}#${encodeLink(design)}`;
  };
  const codec = loadedLinkCodec();
  return codec ? urlWith(codec) : linkCodec().then(urlWith);
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
