import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';

const storageKey = 'ecr-designer.theme';
const darkQuery = '(prefers-color-scheme: dark)';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** One query object: reading `matches` is cheap, making a query on every render is not. */
let query: MediaQueryList | undefined;
const darkMedia = () => {
  query ??= matchMedia(darkQuery);
  return query;
};

function subscribe(onChange: () => void): () => void {
  const media = darkMedia();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Light or dark: the system's choice unless the person picked one (remembered on this device). */
export function useTheme(): {
  preference: ThemePreference;
  setPreference: (p: ThemePreference) => void;
  dark: boolean;
} {
  const [preference, setPreference] = useState(readPreference);
  const systemDark = useSyncExternalStore(subscribe, () => darkMedia().matches);
  const dark = preference === 'dark' || (preference === 'system' && systemDark);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  useEffect(() => {
    try {
      if (preference === 'system') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, preference);
    } catch {
      // Storage may be unavailable (private mode, blocked); the choice then lasts for this visit.
    }
  }, [preference]);
  return { preference, setPreference, dark };
}
