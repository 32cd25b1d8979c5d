import {
  type EventRuleDesign,
  EventRuleMethod,
  eventRuleProperties,
  type FieldPath,
  formatPath,
  rowsWith,
  type TargetDesign,
} from '../../engine/index';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { uniqueName } from '../state/newEntries';
import { useEntitiesView } from './EntitiesContext';
import { compact } from './EntityCard';
import { EntityTableFields } from './EntityTableFields';
import { findingsUnder } from './entityFindings';

/** The rule's own fields, from the event rule's property table (a method's fields show for it). */
const ruleFormRows = rowsWith(eventRuleProperties, 'form');
const ruleHelp: Record<string, string> = {
  logicalId:
    'The rule’s logical ID to keep (overrideLogicalId on its CfnRule). Changing it replaces the rule. Default: derived from the repository’s and the rule’s construct ids.',
  description: 'description of the rule. Default: none.',
  ruleName: 'ruleName: the physical name. Default: CloudFormation generates one.',
  imageTags: 'imageTags: only scans of images with these tags. Default: every image.',
  imageTag: 'imageTag: only pushes of this tag. Default: every push.',
};

const methodOptions = Object.keys(EventRuleMethod).map((m) => ({ value: m, label: m }));
const kinds = ['topic', 'queue', 'function'] as const;

function targetValue(target: TargetDesign): string {
  const kind = kinds.find((k) => target[k] !== undefined);
  return kind ? `${kind}:${target[kind]}` : '';
}

function targetOf(value: string): TargetDesign {
  const at = value.indexOf(':');
  return { [value.slice(0, at)]: value.slice(at + 1) } as TargetDesign;
}

interface RuleCardProps {
  rule: EventRuleDesign;
  index: number;
  /** The repository's path in the design. */
  path: FieldPath;
  onChange: (rule: EventRuleDesign, typing?: string) => void;
  onRemove: () => void;
}

function EventRuleCard({ rule, index, path, onChange, onRemove }: RuleCardProps) {
  const { entities, findings } = useEntitiesView();
  const f = findingsUnder(findings, [...path, 'eventRules', index]);
  const id = (field: string) =>
    `${formatPath(path)}-rule-${index}-${field}`.replace(/[[\].]/g, '-');
  // Taken before the card's own findings (f.rest()), so that each shows at its field.
  const fields = {
    id: f.at('id'),
    method: f.at('method'),
    ...Object.fromEntries(ruleFormRows.map(({ field }) => [field, f.at(field)])),
  };
  const targets = rule.targets ?? [];
  const targetFindings = targets.map((_, j) => f.at('targets', j));
  const own = f.rest();
  const groups = [
    { label: 'SNS topics', kind: 'topic', ids: entities.topics.map((t) => t.id) },
    { label: 'SQS queues', kind: 'queue', ids: entities.queues.map((q) => q.id) },
    { label: 'Lambda functions', kind: 'function', ids: entities.functions.map((x) => x.id) },
  ] as const;
  const firstTarget = groups.find((g) => g.ids.length > 0);
  const setTargets = (next: TargetDesign[]) =>
    onChange(compact({ ...rule, targets: next.length > 0 ? next : undefined }));

  return (
    <fieldset className="fieldset entity-card" data-testid="event-rule">
      <legend>Event rule {rule.id}</legend>
      <FindingList findings={own} />
      <div className="entity-fields">
        <TextField
          id={id('id')}
          label="Rule id"
          help="The construct id, a child of the repository: repository.onImageScanCompleted(id)."
          findings={fields.id}
          value={rule.id}
          onChange={(value) => onChange({ ...rule, id: value }, 'id')}
        />
        <SelectField
          id={id('method')}
          label="Method"
          help="Which events: completed image scans, CloudTrail image pushes, or every event of the repository."
          findings={fields.method}
          value={rule.method}
          options={methodOptions}
          onChange={(value) => {
            const { imageTags: _t, imageTag: _one, ...rest } = rule;
            onChange({ ...rest, method: value as EventRuleDesign['method'] });
          }}
        />
        <EntityTableFields
          rows={ruleFormRows.filter(
            ({ form }) => form.group === 'Rule' || form.group === rule.method,
          )}
          value={rule}
          findings={fields}
          help={ruleHelp}
          id={id}
          onChange={onChange}
        />
      </div>
      <fieldset className="fieldset event-targets">
        <legend>Targets of {rule.id}</legend>
        {targets.map((target, j) => {
          const value = targetValue(target);
          const known = groups.some((g) => g.ids.some((x) => `${g.kind}:${x}` === value));
          return (
            <div className="event-target" key={j}>
              <SelectField
                id={id(`target-${j}`)}
                label={`Target ${j + 1}`}
                help="rule.addTarget(new targets.SnsTopic(topic)) and the like."
                findings={targetFindings[j] ?? []}
                value={value}
                options={[
                  ...groups.flatMap((g) =>
                    g.ids.map((x) => ({ value: `${g.kind}:${x}`, label: `${g.kind} ${x}` })),
                  ),
                  ...(known ? [] : [{ value, label: `${value || 'nothing'} (missing)` }]),
                ]}
                onChange={(next) =>
                  setTargets(targets.map((t, k) => (k === j ? targetOf(next) : t)))
                }
              />
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Remove target ${j + 1} of ${rule.id}`}
                onClick={() => setTargets(targets.filter((_, k) => k !== j))}
              >
                Remove
              </button>
            </div>
          );
        })}
        {firstTarget ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => setTargets([...targets, { [firstTarget.kind]: firstTarget.ids[0] }])}
          >
            Add target to {rule.id}
          </button>
        ) : (
          <p className="empty-note">
            Add an SNS topic, SQS queue or Lambda function to pick it as a target.
          </p>
        )}
      </fieldset>
      <div className="entity-card-actions">
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={`Delete event rule ${rule.id}`}
          onClick={onRemove}
        >
          Delete
        </button>
      </div>
    </fieldset>
  );
}

export function EventRulesSection({ entry, path }: { entry: RepositoryEntry; path: FieldPath }) {
  const dispatch = useDispatch();
  const rules = entry.settings.eventRules ?? [];
  const set = (next: EventRuleDesign[], typing?: string) =>
    dispatch({
      type: 'entities/setRepository',
      repositoryKey: entry.key,
      patch: { eventRules: next },
      typing,
    });
  const add = () => {
    const name = uniqueName(
      'ImageScanComplete',
      rules.map((r) => r.id),
    );
    set([...rules, { id: name, method: 'onImageScanCompleted' }]);
  };
  return (
    <section className="entity-section" aria-labelledby={`${entry.key}-event-rules-title`}>
      <div className="section-header">
        <h3 id={`${entry.key}-event-rules-title`}>Event rules</h3>
        <button type="button" className="button button-small" onClick={add}>
          Add event rule
        </button>
      </div>
      {rules.length === 0 && <p className="empty-note">No event rules.</p>}
      {rules.map((rule, index) => (
        <EventRuleCard
          key={index}
          rule={rule}
          index={index}
          path={path}
          onChange={(next, typing) =>
            set(
              rules.map((r, i) => (i === index ? next : r)),
              typing && `eventRules[${index}].${typing}`,
            )
          }
          onRemove={() => set(rules.filter((_, i) => i !== index))}
        />
      ))}
    </section>
  );
}
