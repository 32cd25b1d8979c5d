import { type LifecycleRuleDesign, lifecycleRuleProperties, rowsWith } from '../../engine/index';
import { FormTableField } from '../fields/FormTableField';
import { tableSpecs, useDesignForm } from '../fields/useDesignForm';
import type { FieldFindings } from '../findings/groupFindings';
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

const specs = tableSpecs(formRows);

/** One rule's fields, following the rule when a drop, undo or redo changes it. */
export function RuleForm({ repositoryKey, entry, findings, inputErrors }: RuleFormProps) {
  const r = entry.rule;
  const { form, commit } = useDesignForm(specs, r as Record<string, unknown>, findings, {
    ownerKey: entry.key,
    inputErrors,
    patch: (patch) => ({ type: 'updateRule', repositoryKey, ruleKey: entry.key, patch }),
  });
  /** The controls of the rows in `group` (a place in the layout below), in the table's order. */
  const controls = (group: string) =>
    formRows
      .filter(({ form: facet }) => facet.group === group)
      .map(({ field, form: facet }) => (
        <FormTableField
          key={field}
          form={form}
          name={field}
          id={`${entry.key}-${field}`}
          label={facet.label}
          help={help[field as RuleField]}
          inputError={inputErrors[fieldKey(entry.key, field)]}
          widget={facet.widget}
          commit={commit}
        />
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
