import { createContext, useContext } from 'react';
import type { RuleCounts } from './ruleCounts';

/** The preview's counts by rule priority; null while there is nothing to preview. */
export const RuleCountsContext = createContext<ReadonlyMap<number, RuleCounts> | null>(null);

export const useRuleCounts = () => useContext(RuleCountsContext);
