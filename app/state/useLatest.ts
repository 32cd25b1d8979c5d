import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A getter of `value` as of the last commit, the same function for the component's life: for
 * handlers and listeners that act on the current value (a menu that downloads the design, a
 * window listener) without being made anew, or making a memoized component render, each time
 * it changes.
 */
export function useLatest<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return useCallback(() => latest.current, []);
}
