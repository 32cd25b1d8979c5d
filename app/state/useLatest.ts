import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A getter of `value` as of the last commit, the same function for the component's life. For
 * memoized components that act on a value in their handlers (a menu that downloads the design)
 * but show nothing of it: they need not render again each time it changes.
 */
export function useLatest<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return useCallback(() => latest.current, []);
}
