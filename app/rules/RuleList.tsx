import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  lifecycleRuleCardOrder,
  lifecycleRuleDropRange,
  type RulePriority,
} from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import type { RepositoryFindings } from '../findings/groupFindings';
import { useDispatch } from '../state/DesignerContext';
import { hasOwnerErrors, type RuleEntry } from '../state/designerState';
import type { RuleOwner } from '../state/ruleOwners';
import type { DropRanges } from './dropRangeStrategy';
import { RuleCard, type RuleCardActions, type RuleCardProps, RuleCards } from './RuleCard';
import { ruleControlId } from './ruleFocus';
import { useRuleSelection } from './useRuleSelection';
import { useSortableRuleList } from './useSortableRuleList';

interface RuleListProps {
  /** A repository's entry, or a creation template's (app/registry). */
  repository: RuleOwner;
  /** `pending` while the engine loads. */
  priorities: RulePriority[] | 'pending' | undefined;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
}

const sameRange = (a: DropRanges[number], b: DropRanges[number]) =>
  a === b || (a !== undefined && b !== undefined && a.first === b.first && a.last === b.last);

/** The engine's drop range of each card; the same array while the ranges stay the same (typing). */
function useDropRanges(rules: readonly RuleEntry[], count: number): DropRanges {
  const designRules = rules.map((r) => r.rule);
  const ranges = Array.from({ length: count }, (_, at) => lifecycleRuleDropRange(designRules, at));
  const [kept, setKept] = useState<DropRanges>(ranges);
  const same = kept.length === ranges.length && kept.every((r, i) => sameRange(r, ranges[i]));
  if (same) return kept;
  setKept(ranges);
  return ranges;
}

/** The rules as compact cards in ECR's evaluation order, one open to edit; a drop asks the engine to renumber. */
export function RuleList({ repository, priorities, findings, inputErrors }: RuleListProps) {
  const dispatch = useDispatch();
  const rules = repository.rules;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const SortableRuleList = useSortableRuleList(
    listRef,
    hasOwnerErrors(
      inputErrors,
      rules.map((r) => r.key),
    ),
  );
  const order = useMemo(() => lifecycleRuleCardOrder(rules.map((r) => r.rule)), [rules]);
  const ranges = useDropRanges(rules, order.length);
  const selection = useRuleSelection(rules, listRef, addRef);
  // While a card is dragged, the open editor closes (and opens again after): a tall card would
  // make the drop places hard to reach, and the compact rows show the order at a glance.
  const [dragging, setDragging] = useState(false);
  const { openAdded, focusAfterChange } = selection;
  // The keys in card order, for the actions, which stay the same while a person types.
  const cardKeys = useRef<string[]>([]);
  useLayoutEffect(() => {
    cardKeys.current = order.map((index) => rules[index]!.key);
  });
  const repositoryKey = repository.key;
  const actions = useMemo<RuleCardActions>(
    () => ({
      toggle: selection.toggle,
      close: selection.close,
      duplicate: (ruleKey) => {
        openAdded();
        dispatch({ type: 'duplicateRule', repositoryKey, ruleKey });
      },
      remove: (ruleKey) => {
        const keys = cardKeys.current;
        const at = keys.indexOf(ruleKey);
        const neighbour = keys[at + 1] ?? keys[at - 1];
        focusAfterChange(neighbour ? ruleControlId(neighbour, 'toggle') : 'add');
        dispatch({ type: 'removeRule', repositoryKey, ruleKey });
      },
    }),
    [selection.toggle, selection.close, openAdded, focusAfterChange, dispatch, repositoryKey],
  );

  // Moving a DOM node drops its focus; the handle of the moved card gets it back after the drop.
  const onMove = (key: string, overKey: string) => {
    const keys = cardKeys.current;
    focusAfterChange(ruleControlId(key, 'handle'));
    dispatch({
      type: 'moveRule',
      repositoryKey,
      from: keys.indexOf(key),
      to: keys.indexOf(overKey),
    });
  };
  const cards = order.map((designIndex, position): RuleCardProps => {
    const entry = rules[designIndex]!;
    return {
      repositoryKey,
      entry,
      position,
      count: order.length,
      priority:
        priorities === 'pending'
          ? priorities
          : priorities?.find((p) => p.designIndex === designIndex),
      findings: findings?.rules.get(designIndex),
      inputErrors,
      open: entry.key === selection.openKey && !dragging,
      movable: ranges[position] !== undefined,
      actions,
    };
  });

  return (
    <section className="rules" aria-labelledby={`${repositoryKey}-rules-title`}>
      <div className="section-header">
        <h3 id={`${repositoryKey}-rules-title`}>Lifecycle rules</h3>
        <button
          ref={addRef}
          type="button"
          className="button button-small"
          onClick={() => {
            openAdded();
            dispatch({ type: 'addRule', repositoryKey });
          }}
        >
          Add rule
        </button>
      </div>
      <p className="section-help">
        In ECR’s evaluation order: the top rule is evaluated first. Open a rule to edit it. Drag a
        card by its handle (or focus the handle, press Space, then the arrow keys) to change the
        order; explicit priorities are renumbered or cleared so the cards and ECR always agree.
      </p>
      <FindingList findings={findings?.rulesSection ?? []} />
      {rules.length === 0 ? (
        <p className="empty-note">No lifecycle rules: ECR keeps every image.</p>
      ) : SortableRuleList ? (
        <SortableRuleList
          rules={rules}
          order={order}
          cards={cards}
          ranges={ranges}
          onMove={onMove}
          onDragChange={setDragging}
          listRef={listRef}
        />
      ) : (
        <RuleCards cards={cards} Card={RuleCard} listRef={listRef} />
      )}
    </section>
  );
}
