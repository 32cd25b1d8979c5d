import {
  type ComponentType,
  type CSSProperties,
  type HTMLAttributes,
  type KeyboardEvent,
  memo,
  type RefObject,
} from 'react';
import type { RulePriority } from '../../engine/index';
import { FindingsBadge } from '../findings/FindingsBadge';
import { allFieldFindings, type FieldFindings } from '../findings/groupFindings';
import { RuleCountsLine } from '../preview/RuleCountsLine';
import { ownerErrorCount, type RuleEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { RuleEditor } from './RuleEditor';
import { ruleControlId } from './ruleFocus';
import { anyRuleNote } from './ruleHelp';
import { describePriority, describeRule } from './ruleSummary';

/** What a card can ask of its list (RuleList): each takes the rule's key. */
export interface RuleCardActions {
  toggle: (key: string) => void;
  close: (key: string) => void;
  duplicate: (key: string) => void;
  remove: (key: string) => void;
}

export interface RuleCardProps {
  repositoryKey: string;
  entry: RuleEntry;
  position: number;
  count: number;
  priority: RulePriority | 'pending' | undefined;
  findings: FieldFindings | undefined;
  inputErrors: Record<string, string>;
  /** Whether the editor is open: one card's at a time. */
  open: boolean;
  /** Whether the card can be dragged: the engine gives it a drop range (the ANY rule stays last). */
  movable: boolean;
  actions: RuleCardActions;
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

/** Escape in the open editor, or on its row's button, closes the editor. */
function closeOnEscape(actions: RuleCardActions, key: string) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    actions.close(key);
  };
}

/** The compact row: handle, the rule in words (the button that opens it), priority, counts, findings. */
function RuleRow(props: RuleCardProps & { drag?: CardDrag; typingErrors: number }) {
  const { entry, position, count, priority, findings, open, movable, actions, drag } = props;
  const summary = describeRule(entry.rule);
  const all = allFieldFindings(findings);
  return (
    <div className="rule-row">
      <button
        type="button"
        ref={drag?.setActivatorNodeRef}
        className="drag-handle"
        data-testid={testIds.ruleHandle}
        data-rule-control={ruleControlId(entry.key, 'handle')}
        {...drag?.handle}
        aria-label={
          movable ? `Reorder rule ${position + 1}: ${summary}` : `Rule ${position + 1} stays last`
        }
        aria-disabled={!movable}
        title={movable ? 'Drag, or press Space and use the arrow keys, to reorder' : anyRuleNote}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <h4 className="rule-title">
        <button
          type="button"
          className="rule-toggle"
          id={`${entry.key}-title`}
          aria-expanded={open}
          aria-controls={`${entry.key}-body`}
          aria-describedby={`${entry.key}-meta`}
          data-rule-control={ruleControlId(entry.key, 'toggle')}
          onClick={() => actions.toggle(entry.key)}
          onKeyDown={open ? closeOnEscape(actions, entry.key) : undefined}
        >
          <span className="rule-position">
            <span className="visually-hidden">Rule </span>
            {position + 1}
            <span className="visually-hidden"> of {count}: </span>
          </span>
          <span className="rule-summary" data-testid={testIds.ruleSummary}>
            {summary}
          </span>
          <span className="rule-chevron" aria-hidden="true" />
        </button>
      </h4>
      <div className="rule-meta" id={`${entry.key}-meta`}>
        <span className="rule-priority" data-testid={testIds.rulePriority}>
          {describePriority(priority)}
        </span>
        {!movable && <span className="rule-last">stays last</span>}
        <RuleCountsLine priority={priority === 'pending' ? undefined : priority?.rulePriority} />
        <FindingsBadge
          findings={all}
          typingErrors={props.typingErrors}
          testId={testIds.ruleFindings}
        />
      </div>
    </div>
  );
}

/** The card, with its drag handle live when `drag` is given. */
export function RuleCardView(props: RuleCardProps & { drag?: CardDrag }) {
  const { repositoryKey, entry, position, findings, inputErrors, open, actions, drag } = props;
  const typingErrors = ownerErrorCount(inputErrors, entry.key);
  const failing =
    typingErrors > 0 || allFieldFindings(findings).some((f) => f.severity !== 'warning');
  const className = [
    'rule-card',
    open && 'is-open',
    failing && 'has-errors',
    drag?.isDragging && 'is-dragging',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={drag?.setNodeRef}
      className={className}
      style={drag?.style}
      data-testid={testIds.ruleCard}
      aria-labelledby={`${entry.key}-title`}
    >
      <RuleRow {...props} typingErrors={typingErrors} />
      <fieldset
        id={`${entry.key}-body`}
        className="rule-editor"
        aria-labelledby={`${entry.key}-title`}
        hidden={!open}
        onKeyDown={closeOnEscape(actions, entry.key)}
      >
        {/* A closed editor whose fields hold unfinished text stays mounted, so the text is kept. */}
        {(open || typingErrors > 0) && (
          <RuleEditor
            repositoryKey={repositoryKey}
            entry={entry}
            position={position}
            findings={findings}
            inputErrors={inputErrors}
            actions={actions}
          />
        )}
      </fieldset>
    </li>
  );
}

/** Whether a card shows the same: cards re-render only when their own rule or findings change. */
export function sameCardProps(a: RuleCardProps, b: RuleCardProps): boolean {
  return (
    a.entry === b.entry &&
    a.repositoryKey === b.repositoryKey &&
    a.position === b.position &&
    a.count === b.count &&
    a.inputErrors === b.inputErrors &&
    a.open === b.open &&
    a.movable === b.movable &&
    a.actions === b.actions &&
    (a.priority === b.priority ||
      (typeof a.priority === 'object' &&
        typeof b.priority === 'object' &&
        a.priority.rulePriority === b.priority.rulePriority &&
        a.priority.explicit === b.priority.explicit)) &&
    // The same findings are the same object (useGroupedFindings).
    a.findings === b.findings
  );
}

/**
 * A lifecycle rule as a card: one compact row, and the editor below it when the card is open.
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
