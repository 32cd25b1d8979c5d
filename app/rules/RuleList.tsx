import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { lifecycleRuleCardOrder, type RulePriority } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import type { RepositoryFindings } from '../findings/groupFindings';
import { useDispatch } from '../state/DesignerContext';
import { hasOwnerErrors, type RepositoryEntry } from '../state/designerState';
import { RuleCard, RuleCards } from './RuleCard';
import { useSortableRuleList } from './useSortableRuleList';

interface RuleListProps {
  repository: RepositoryEntry;
  /** `pending` while the engine loads. */
  priorities: RulePriority[] | 'pending' | undefined;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
}

/** The rules as cards in ECR's evaluation order; a drop asks the engine to renumber. */
export function RuleList({ repository, priorities, findings, inputErrors }: RuleListProps) {
  const dispatch = useDispatch();
  const rules = repository.rules;
  const listRef = useRef<HTMLOListElement>(null);
  const SortableRuleList = useSortableRuleList(
    listRef,
    hasOwnerErrors(
      inputErrors,
      rules.map((r) => r.key),
    ),
  );
  // Long lists start collapsed so that the cards can be scanned and dragged; a person's choice sticks per card.
  const [openByKey, setOpenByKey] = useState<Record<string, boolean>>({});
  const openByDefault = rules.length <= 4;
  const isOpen = (key: string) => openByKey[key] ?? openByDefault;
  const onToggle = useCallback(
    (key: string) =>
      setOpenByKey((current) => ({ ...current, [key]: !(current[key] ?? openByDefault) })),
    [openByDefault],
  );
  const allOpen = rules.every((r) => isOpen(r.key));
  const setAll = (open: boolean) =>
    setOpenByKey(Object.fromEntries(rules.map((r) => [r.key, open])));
  const order = useMemo(() => lifecycleRuleCardOrder(rules.map((r) => r.rule)), [rules]);
  // Moving a DOM node drops its focus; the handle of the moved card gets it back after the drop.
  const refocus = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const key = refocus.current;
    if (!key || !rules) return;
    refocus.current = undefined;
    document.querySelector<HTMLElement>(`[data-rule-handle="${key}"]`)?.focus();
  }, [rules]);

  const onMove = (key: string, overKey: string) => {
    const keys = order.map((index) => rules[index]!.key);
    refocus.current = key;
    dispatch({
      type: 'moveRule',
      repositoryKey: repository.key,
      from: keys.indexOf(key),
      to: keys.indexOf(overKey),
    });
  };
  const cards = order.map((designIndex, position) => {
    const entry = rules[designIndex]!;
    return {
      repositoryKey: repository.key,
      entry,
      position,
      count: order.length,
      priority:
        priorities === 'pending'
          ? priorities
          : priorities?.find((p) => p.designIndex === designIndex),
      findings: findings?.rules.get(designIndex),
      inputErrors,
      open: isOpen(entry.key),
      onToggle,
    };
  });

  return (
    <section className="rules" aria-labelledby={`${repository.key}-rules-title`}>
      <div className="section-header">
        <h3 id={`${repository.key}-rules-title`}>Lifecycle rules</h3>
        {rules.length > 0 && (
          <button
            type="button"
            className="button button-quiet button-small rules-toggle"
            onClick={() => setAll(!allOpen)}
          >
            {allOpen ? 'Collapse all' : 'Expand all'}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => dispatch({ type: 'addRule', repositoryKey: repository.key })}
        >
          Add rule
        </button>
      </div>
      <p className="section-help">
        In ECR’s evaluation order: the top rule is evaluated first. Drag a card by its handle (or
        focus the handle, press Space, then the arrow keys) to change the order; explicit priorities
        are renumbered or cleared so the cards and ECR always agree.
      </p>
      <FindingList findings={findings?.rulesSection ?? []} />
      {rules.length === 0 ? (
        <p className="empty-note">No lifecycle rules: ECR keeps every image.</p>
      ) : SortableRuleList ? (
        <SortableRuleList
          rules={rules}
          order={order}
          cards={cards}
          onMove={onMove}
          listRef={listRef}
        />
      ) : (
        <RuleCards cards={cards} Card={RuleCard} listRef={listRef} />
      )}
    </section>
  );
}
