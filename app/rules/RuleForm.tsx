import { useForm } from '@tanstack/react-form';
import { type LifecycleRuleDesign, lifecycleRuleProperties, rowsWith } from '../../engine/index';
import { designValueOf, type FormValue, formValueOf, TableField } from '../fields/TableField';
import { type FieldFindings, fieldFindings } from '../findings/groupFindings';
import { markEdit } from '../perf';
import { useDispatch } from '../state/DesignerContext';
import { fieldKey, type RuleEntry } from '../state/designerState';
import { ruleHelp as help } from './ruleHelp';

interface RuleFormProps {
  repositoryKey: string;
  entry: RuleEntry;
  findings: FieldFindings | undefined;
  inputErrors: Record<string, string>;
}

const formRows = rowsWith(lifecycleRuleProperties, 'form');
type RuleField = (typeof lifecycleRuleProperties)[number]['field'];

/** A whole number, or nothing for an empty box; anything else is an input error. */
export function parseWholeNumber(text: string): { value?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^-?\d+$/.test(trimmed)) return { error: 'Enter a whole number.' };
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? { value } : { error: 'This number is too large.' };
}

/** One rule's fields; its key includes `rev`, so a drop that renumbers it re-mounts it. */
export function RuleForm({ repositoryKey, entry, findings, inputErrors }: RuleFormProps) {
  const dispatch = useDispatch();
  const r = entry.rule;
  const rule = r as Record<string, unknown>;
  const form = useForm({
    defaultValues: Object.fromEntries(
      formRows.map(({ field, form: facet }) => [field, formValueOf(facet.widget, rule[field])]),
    ) as Record<RuleField, FormValue>,
  });
  const update = (patch: Partial<LifecycleRuleDesign>, eventTime?: number) => {
    markEdit(eventTime);
    dispatch({ type: 'updateRule', repositoryKey, ruleKey: entry.key, patch });
  };
  const updateNumber = (field: string, text: string, eventTime?: number) => {
    const { value, error } = parseWholeNumber(text);
    dispatch({ type: 'setInputError', fieldKey: fieldKey(entry.key, field), message: error });
    if (!error) update({ [field]: value }, eventTime);
  };
  /** The controls of the rows in `group` (a place in the layout below), in the table's order. */
  const controls = (group: string) =>
    formRows
      .filter(({ form: facet }) => facet.group === group)
      .map(({ field, form: facet }) => (
        <form.Field key={field} name={field as RuleField}>
          {(formField) => (
            <TableField
              id={`${entry.key}-${field}`}
              label={facet.label}
              help={help[field as RuleField]}
              findings={fieldFindings(findings, field)}
              inputError={inputErrors[fieldKey(entry.key, field)]}
              widget={facet.widget}
              value={formField.state.value}
              onBlur={formField.handleBlur}
              onChange={(value, eventTime) => {
                formField.handleChange(value);
                if (facet.widget.kind === 'number') updateNumber(field, value as string, eventTime);
                else update({ [field]: designValueOf(value) }, eventTime);
              }}
            />
          )}
        </form.Field>
      ));

  return (
    <form className="rule-form" onSubmit={(event) => event.preventDefault()}>
      {controls('Description')}
      <div className="field-grid">
        {controls('Status')}
        {controls('Priority')}
      </div>
      {controls('Tags')}
      <div className="field-grid">{controls('Count')}</div>
      <details className="rule-archive" open={setsArchiveField(r)}>
        <summary>Archive storage (ECR 2025 rules)</summary>
        <div className="field-grid">{controls('Archive')}</div>
        <div className="field-grid">{controls('Archive days')}</div>
      </details>
    </form>
  );
}

/**
 * Whether the rule sets a field of the archive section, which then opens. Not the engine's
 * isArchiveEraRule (what CDK's addLifecycleRule cannot express): storage class STANDARD or
 * action EXPIRE, set on purpose, open it too.
 */
function setsArchiveField(rule: LifecycleRuleDesign): boolean {
  return (
    rule.storageClass !== undefined ||
    rule.action !== undefined ||
    rule.maxDaysSinceImagePulled !== undefined ||
    rule.maxDaysSinceImageTransitioned !== undefined
  );
}
