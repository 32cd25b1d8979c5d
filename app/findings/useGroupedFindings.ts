import { useMemo, useRef } from 'react';
import type { Finding } from '../../engine/index';
import { type GroupedFindings, groupFindings, keepUnchanged } from './groupFindings';

/**
 * The findings by the place that shows them, each group the same object for as long as it
 * shows the same findings (keepUnchanged), from one render to the next.
 */
export function useGroupedFindings(findings: readonly Finding[]): GroupedFindings {
  const previous = useRef<GroupedFindings | undefined>(undefined);
  return useMemo(() => {
    previous.current = keepUnchanged(previous.current, groupFindings(findings));
    return previous.current;
  }, [findings]);
}
