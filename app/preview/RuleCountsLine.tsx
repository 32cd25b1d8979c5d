import { testIds } from '../testIds';
import { useRuleCounts } from './RuleCountsContext';
import { describeCounts } from './ruleCounts';

/** "expires 37 · keeps 20 · protects 12" in a rule card's row, once the preview has images. */
export function RuleCountsLine({ priority }: { priority: number | undefined }) {
  const counts = useRuleCounts();
  if (!counts || priority === undefined) return null;
  return (
    <span className="rule-counts" data-testid={testIds.ruleCounts}>
      <span className="visually-hidden">Preview: </span>
      {describeCounts(counts.get(priority))}
    </span>
  );
}
