import { Effect, type FieldPath, type PolicyStatementDesign } from '../../engine/index';
import { ChipField } from '../fields/ChipField';
import { FieldFrame } from '../fields/FieldFrame';
import { SelectField } from '../fields/SelectField';
import { FindingList } from '../findings/FindingList';
import { ConditionsField } from './ConditionsField';
import { useEntitiesView } from './EntitiesContext';
import { compact, focusSoon } from './EntityCard';
import { findingsUnder } from './entityFindings';

const effectOptions = [
  { value: '', label: 'Default (ALLOW)' },
  ...Object.keys(Effect).map((e) => ({ value: e, label: e })),
];

interface PolicyStatementListProps {
  /** Prefix of the list's element ids: `${idPrefix}-policy-title`, `${idPrefix}-statement-…`. */
  idPrefix: string;
  title: string;
  /** What the statements' design field is called, for undo steps of typing. */
  field: string;
  statements: readonly PolicyStatementDesign[];
  /** The statements' path in the design, e.g. ['repositories', 0, 'resourcePolicy']. */
  path: FieldPath;
  /** The new list; `typing` names a text field typed into (one undo step). */
  onChange: (statements: PolicyStatementDesign[], typing?: string) => void;
  /** What Add statement adds; default: pulls (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer). */
  newStatement?: PolicyStatementDesign;
  resourcesHelp?: string;
}

const pullStatement: PolicyStatementDesign = {
  actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
};

/** Policy statements as cards (effect, principals of the design, actions, conditions, resources). */
export function PolicyStatementList(props: PolicyStatementListProps) {
  const { idPrefix, title, field, statements, path, onChange: set } = props;
  const { newStatement = pullStatement, resourcesHelp } = props;
  const { entities, findings } = useEntitiesView();
  const update = (index: number, statement: PolicyStatementDesign, typing?: string) =>
    set(
      statements.map((s, i) => (i === index ? compact(statement) : s)),
      typing && `${field}[${index}].${typing}`,
    );
  const list = (values: string[]) => (values.length > 0 ? values : undefined);
  return (
    <section className="entity-section" aria-labelledby={`${idPrefix}-policy-title`}>
      <div className="section-header">
        <h3 id={`${idPrefix}-policy-title`}>{title}</h3>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            set([...statements, newStatement]);
            // The new statement's card takes the focus, in its first field.
            const first = `${idPrefix}-statement-${statements.length}-effect`;
            focusSoon(() => document.getElementById(first));
          }}
        >
          Add statement
        </button>
      </div>
      {statements.length === 0 && (
        <p className="empty-note">No {title.toLowerCase()} statements.</p>
      )}
      {statements.map((statement, index) => {
        const f = findingsUnder(findings, [...path, index]);
        const id = (name: string) => `${idPrefix}-statement-${index}-${name}`;
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
                help={
                  resourcesHelp ??
                  'Resource ARNs; ECR resource policies reject them at deploy time.'
                }
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
