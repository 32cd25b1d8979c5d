/** What a canvas must follow to stay sharp and in theme: its width, the pixel ratio, the theme. */
import { type RefObject, useLayoutEffect, useState, useSyncExternalStore } from 'react';

/** The plot's width in CSS pixels, following resizes. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A change of devicePixelRatio (browser zoom, a window moved to another screen) fires only on
 * a query for the current ratio, so the query is renewed after each change.
 */
function subscribeDevicePixelRatio(onChange: () => void): () => void {
  let query: MediaQueryList | undefined;
  const changed = () => {
    arm();
    onChange();
  };
  const arm = () => {
    query?.removeEventListener('change', changed);
    query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', changed);
  };
  arm();
  return () => query?.removeEventListener('change', changed);
}

const darkQuery = '(prefers-color-scheme: dark)';

/**
 * useTheme sets data-theme on the root element; with no choice made, the system's scheme
 * decides. Either change alters what light-dark() gives, so both are watched.
 */
function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const query = matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', onChange);
  };
}

function themeSnapshot(): string {
  return `${document.documentElement.dataset.theme ?? ''}|${matchMedia(darkQuery).matches}`;
}

/** The device pixel ratio, following changes. */
export const useDevicePixelRatio = () =>
  useSyncExternalStore(subscribeDevicePixelRatio, () => window.devicePixelRatio || 1);

/** A string that changes whenever the colours of light-dark() may have changed. */
export const useThemeKey = () => useSyncExternalStore(subscribeTheme, themeSnapshot);
