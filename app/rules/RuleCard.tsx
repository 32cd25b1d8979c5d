import {
  type ComponentType,
  type CSSProperties,
  type HTMLAttributes,
  memo,
  type RefObject,
} from 'react';
import type { RulePriority } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { type FieldFindings, sameFindings, withUnshownFields } from '../findings/groupFindings';
import { RuleCountsLine } from '../preview/RuleCountsLine';
import { useDispatch } from '../state/DesignerContext';
import type { RuleEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { RuleForm } from './RuleForm';
import { anyRuleNote, ruleHelp } from './ruleHelp';
import { describePriority, describeRule, isAnyRule } from './ruleSummary';

export interface RuleCardProps {
  repositoryKey: string;
  entry: RuleEntry;
  position: number;
  count: number;
  priority: RulePriority | 'pending' | undefined;
  findings: FieldFindings | undefined;
  inputErrors: Record<string, string>;
  open: boolean;
  onToggle: (key: string) => void;
}

/** What dnd-kit's useSortable gives a card once drag and drop has loaded (SortableRuleList). */
export interface CardDrag {
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  /** The handle's attributes and listeners. */
  handle: HTMLAttributes<HTMLButtonElement>;
  style: CSSProperties;
  isDragging: boolean;
}

const shownFields = Object.keys(ruleHelp);

/** The card, with its drag handle live when `drag` is given. */
export function RuleCardView(props: RuleCardProps & { drag?: CardDrag }) {
  const { repositoryKey, entry, position, count, priority, findings, inputErrors, open, onToggle } =
    props;
  const { drag } = props;
  const dispatch = useDispatch();
  const anyRule = isAnyRule(entry.rule);
  const summary = describeRule(entry.rule);
  const titleId = `${entry.key}-title`;
  const bodyId = `${entry.key}-body`;
  return (
    <li
      ref={drag?.setNodeRef}
      className={`rule-card${drag?.isDragging ? ' is-dragging' : ''}`}
      style={drag?.style}
      data-testid={testIds.ruleCard}
      aria-labelledby={titleId}
    >
      <div className="rule-card-header">
        <button
          type="button"
          ref={drag?.setActivatorNodeRef}
          className="drag-handle"
          data-testid={testIds.ruleHandle}
          data-rule-handle={entry.key}
          {...drag?.handle}
          aria-label={
            anyRule ? `Rule ${position + 1} stays last` : `Reorder rule ${position + 1}: ${summary}`
          }
          aria-disabled={anyRule}
          title={anyRule ? anyRuleNote : 'Drag, or press Space and use the arrow keys, to reorder'}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h4 className="rule-card-title" id={titleId}>
          <span className="rule-position">
            Rule {position + 1} of {count}
          </span>
          <span className="rule-priority" data-testid={testIds.rulePriority}>
            {describePriority(priority)}
          </span>
        </h4>
        <div className="rule-card-actions">
          <button
            type="button"
            className="button button-quiet button-small"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onToggle(entry.key)}
          >
            {open ? 'Collapse' : 'Edit'}
            <span className="visually-hidden"> rule {position + 1}</span>
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => dispatch({ type: 'duplicateRule', repositoryKey, ruleKey: entry.key })}
          >
            Duplicate<span className="visually-hidden"> rule {position + 1}</span>
          </button>
          <button
            type="button"
            className="button button-quiet button-small button-danger"
            onClick={() => dispatch({ type: 'removeRule', repositoryKey, ruleKey: entry.key })}
          >
            Delete<span className="visually-hidden"> rule {position + 1}</span>
          </button>
        </div>
      </div>
      <p className="rule-summary" data-testid={testIds.ruleSummary}>
        {summary}
      </p>
      <RuleCountsLine priority={priority === 'pending' ? undefined : priority?.rulePriority} />
      {anyRule && <p className="rule-note">{anyRuleNote}</p>}
      <FindingList findings={withUnshownFields(findings, shownFields)} />
      <div id={bodyId} hidden={!open}>
        {open && (
          <RuleForm
            repositoryKey={repositoryKey}
            entry={entry}
            findings={findings}
            inputErrors={inputErrors}
          />
        )}
      </div>
    </li>
  );
}

/** Whether a card shows the same: cards re-render only when their own rule or findings change. */
export function sameCardProps(a: RuleCardProps, b: RuleCardProps): boolean {
  const fa = a.findings;
  const fb = b.findings;
  const sameFieldFindings =
    fa === fb ||
    (fa !== undefined &&
      fb !== undefined &&
      sameFindings(fa.own, fb.own) &&
      fa.byField.size === fb.byField.size &&
      [...fa.byField].every(([k, v]) => sameFindings(v, fb.byField.get(k) ?? [])));
  return (
    a.entry === b.entry &&
    a.repositoryKey === b.repositoryKey &&
    a.position === b.position &&
    a.count === b.count &&
    a.inputErrors === b.inputErrors &&
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    (a.priority === b.priority ||
      (typeof a.priority === 'object' &&
        typeof b.priority === 'object' &&
        a.priority.rulePriority === b.priority.rulePriority &&
        a.priority.explicit === b.priority.explicit)) &&
    sameFieldFindings
  );
}

/**
 * A lifecycle rule as a card: drag handle, priority, the rule in words, findings and fields.
 * This one is shown until drag and drop has loaded; its handle does nothing yet.
 */
export const RuleCard = memo(RuleCardView, sameCardProps);

/** The cards in ECR's evaluation order, as `Card` (RuleCard, or SortableRuleCard once loaded). */
export function RuleCards({
  cards,
  Card,
  listRef,
}: {
  cards: readonly RuleCardProps[];
  Card: ComponentType<RuleCardProps>;
  listRef: RefObject<HTMLOListElement | null>;
}) {
  return (
    <ol className="rule-list" data-testid={testIds.ruleList} ref={listRef}>
      {cards.map((card) => (
        <Card key={card.entry.key} {...card} />
      ))}
    </ol>
  );
}
