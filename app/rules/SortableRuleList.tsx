/**
 * Drag and drop of the rule cards (dnd-kit), loaded beside the first render (useSortableRuleList):
 * the cards show and can be edited before it arrives.
 */
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type RefObject, useMemo } from 'react';
import type { RuleEntry } from '../state/designerState';
import { type RuleCardProps, RuleCards, RuleCardView, sameCardProps } from './RuleCard';
import { restrictToVerticalAxis } from './restrictToVerticalAxis';
import { ruleAnnouncements, screenReaderInstructions } from './ruleAnnouncements';
import { describeRule, isAnyRule } from './ruleSummary';

interface SortableRuleListProps {
  rules: readonly RuleEntry[];
  /** ECR's evaluation order, as indices of `rules`. */
  order: readonly number[];
  /** The cards in that order. */
  cards: readonly RuleCardProps[];
  /** A card was dropped on another's place (both by rule key). */
  onMove: (key: string, overKey: string) => void;
  listRef: RefObject<HTMLOListElement | null>;
}

function SortableRuleCardView(props: RuleCardProps) {
  const { entry } = props;
  const sortable = useSortable({ id: entry.key, disabled: isAnyRule(entry.rule) });
  const drag = {
    setNodeRef: sortable.setNodeRef,
    setActivatorNodeRef: sortable.setActivatorNodeRef,
    handle: { ...sortable.attributes, ...sortable.listeners },
    style: {
      transform: CSS.Translate.toString(sortable.transform),
      transition: sortable.transition,
    },
    isDragging: sortable.isDragging,
  };
  return <RuleCardView {...props} drag={drag} />;
}

const SortableRuleCard = memo(SortableRuleCardView, sameCardProps);

/** The cards of RuleList, draggable. */
export function SortableRuleList(props: SortableRuleListProps) {
  const { rules, order, cards, onMove, listRef } = props;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => order.map((index) => rules[index]!.key), [rules, order]);
  const accessibility = useMemo(() => {
    const byKey = new Map(rules.map((r) => [r.key, r]));
    return {
      screenReaderInstructions,
      announcements: ruleAnnouncements(
        (id) => ids.indexOf(String(id)) + 1,
        (id) => {
          const entry = byKey.get(String(id));
          return entry ? describeRule(entry.rule) : '';
        },
        ids.length,
      ),
    };
  }, [rules, ids]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[restrictToVerticalAxis]}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <RuleCards cards={cards} Card={SortableRuleCard} listRef={listRef} />
      </SortableContext>
    </DndContext>
  );
}
