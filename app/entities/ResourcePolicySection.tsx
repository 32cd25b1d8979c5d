import { useState } from 'react';
import {
  Effect,
  type FieldPath,
  type Finding,
  type PolicyStatementDesign,
} from '../../engine/index';
import { ChipField } from '../fields/ChipField';
import { describedBy, FieldFrame } from '../fields/FieldFrame';
import { SelectField } from '../fields/SelectField';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { useEntitiesView } from './EntitiesContext';
import { compact } from './EntityCard';
import { findingsUnder } from './entityFindings';

type Conditions = PolicyStatementDesign['conditions'];

/** Conditions as JSON: operator → key → value or list of values; undefined text is an error message. */
export function parseConditions(text: string): { conditions?: Conditions; error?: string } {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return { error: 'Give an object: { "operator": { "key": "value" } }' };
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) return { error: `${operator}: give an object of condition keys` };
    for (const [key, v] of Object.entries(keys)) {
      const ok =
        typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
      if (!ok) return { error: `${operator}.${key}: give a string or a list of strings` };
    }
  }
  return Object.keys(value).length === 0 ? {} : { conditions: value as Conditions };
}

const textOf = (conditions: Conditions) =>
  conditions === undefined ? '' : JSON.stringify(conditions, null, 2);

function ConditionsField(props: {
  id: string;
  value: Conditions;
  findings: readonly Finding[];
  onChange: (conditions: Conditions) => void;
}) {
  const { id, value, findings, onChange } = props;
  const [text, setText] = useState(() => textOf(value));
  const [synced, setSynced] = useState(value);
  // An outside change (undo, another field) replaces the text; typing keeps it, even when invalid.
  if (synced !== value) {
    setSynced(value);
    setText(textOf(value));
  }
  const { error } = parseConditions(text);
  return (
    <FieldFrame
      id={id}
      label="Conditions (JSON)"
      help='e.g. { "StringEquals": { "aws:PrincipalOrgID": "o-abc" } }. Default: none.'
      findings={findings}
      inputError={error}
    >
      <textarea
        id={id}
        className="input conditions-input"
        rows={4}
        spellCheck={false}
        value={text}
        aria-describedby={describedBy(id)}
        aria-invalid={error !== undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parseConditions(next);
          if (parsed.error === undefined) {
            setSynced(parsed.conditions);
            onChange(parsed.conditions);
          }
        }}
      />
    </FieldFrame>
  );
}

const effectOptions = [
  { value: '', label: 'Default (ALLOW)' },
  ...Object.keys(Effect).map((e) => ({ value: e, label: e })),
];

export function ResourcePolicySection({
  entry,
  path,
}: {
  entry: RepositoryEntry;
  /** The repository's path in the design. */
  path: FieldPath;
}) {
  const dispatch = useDispatch();
  const { entities, findings } = useEntitiesView();
  const statements = entry.settings.resourcePolicy ?? [];
  const set = (next: PolicyStatementDesign[], typing?: string) =>
    dispatch({
      type: 'entities/setRepository',
      repositoryKey: entry.key,
      patch: { resourcePolicy: next },
      typing,
    });
  const update = (index: number, statement: PolicyStatementDesign, typing?: string) =>
    set(
      statements.map((s, i) => (i === index ? compact(statement) : s)),
      typing && `resourcePolicy[${index}].${typing}`,
    );
  const list = (values: string[]) => (values.length > 0 ? values : undefined);
  return (
    <section className="entity-section" aria-labelledby={`${entry.key}-policy-title`}>
      <div className="section-header">
        <h3 id={`${entry.key}-policy-title`}>Resource policy</h3>
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            set([...statements, { actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }])
          }
        >
          Add statement
        </button>
      </div>
      {statements.length === 0 && <p className="empty-note">No resource policy statements.</p>}
      {statements.map((statement, index) => {
        const f = findingsUnder(findings, [...path, 'resourcePolicy', index]);
        const id = (field: string) => `${entry.key}-statement-${index}-${field}`;
        const fields = {
          effect: f.at('effect'),
          principals: f.at('principals'),
          actions: f.at('actions'),
          conditions: f.at('conditions'),
          resources: f.at('resources'),
        };
        const chosen = statement.principals ?? [];
        const known = entities.principals.map((p) => p.id);
        const shown = [...known, ...chosen.filter((p) => !known.includes(p))];
        return (
          <fieldset className="fieldset entity-card" key={index} data-testid="policy-statement">
            <legend>Statement {index + 1}</legend>
            <FindingList findings={f.rest()} />
            <div className="entity-fields">
              <SelectField
                id={id('effect')}
                label="Effect"
                help="iam.Effect of the statement."
                findings={fields.effect}
                value={statement.effect ?? ''}
                options={effectOptions}
                onChange={(value) =>
                  update(index, {
                    ...statement,
                    effect: value === '' ? undefined : (value as PolicyStatementDesign['effect']),
                  })
                }
              />
              <FieldFrame
                id={id('principals')}
                label="Principals"
                help={
                  known.length === 0
                    ? 'Add a principal under “IAM principals” to pick it.'
                    : 'Who the statement is about.'
                }
                findings={fields.principals}
                labelFor={null}
              >
                <fieldset className="principal-picks" aria-labelledby={`${id('principals')}-label`}>
                  {shown.map((p) => (
                    <label key={p} className="field-row">
                      <input
                        type="checkbox"
                        className="checkbox"
                        checked={chosen.includes(p)}
                        onChange={(event) =>
                          update(index, {
                            ...statement,
                            principals: list(
                              event.target.checked ? [...chosen, p] : chosen.filter((x) => x !== p),
                            ),
                          })
                        }
                      />
                      {known.includes(p) ? p : `${p} (missing)`}
                    </label>
                  ))}
                </fieldset>
              </FieldFrame>
              <ChipField
                id={id('actions')}
                label="Actions"
                help="e.g. ecr:BatchGetImage."
                findings={fields.actions}
                entryName="action"
                value={statement.actions ?? []}
                onChange={(value) => update(index, { ...statement, actions: list(value) })}
              />
              <ConditionsField
                id={id('conditions')}
                value={statement.conditions}
                findings={fields.conditions}
                onChange={(conditions) => update(index, { ...statement, conditions }, 'conditions')}
              />
              <ChipField
                id={id('resources')}
                label="Resources"
                help="Resource ARNs; ECR resource policies reject them at deploy time."
                findings={fields.resources}
                entryName="resource"
                value={statement.resources ?? []}
                onChange={(value) => update(index, { ...statement, resources: list(value) })}
              />
            </div>
            <div className="entity-card-actions">
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={`Delete statement ${index + 1}`}
                onClick={() => set(statements.filter((_, i) => i !== index))}
              >
                Delete
              </button>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
