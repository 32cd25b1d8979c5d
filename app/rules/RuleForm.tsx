import { useForm } from '@tanstack/react-form';
import {
  LifecycleAction,
  type LifecycleRuleDesign,
  type TagStatus as Status,
  StorageClass,
  TagStatus,
} from '../../engine/index';
import { ChipField } from '../fields/ChipField';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
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

const statusOptions = enumOptions(
  Object.keys(TagStatus),
  'Default (TAGGED with a tag list, else ANY)',
);

/** A whole number, or nothing for an empty box; anything else is an input error. */
export function parseWholeNumber(text: string): { value?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^-?\d+$/.test(trimmed)) return { error: 'Enter a whole number.' };
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? { value } : { error: 'This number is too large.' };
}

const storageClassOptions = enumOptions(Object.keys(StorageClass), 'Default (STANDARD)');
const actionOptions = enumOptions(Object.keys(LifecycleAction), 'Default (EXPIRE)');

type NumberField =
  | 'rulePriority'
  | 'maxImageCount'
  | 'maxImageAgeDays'
  | 'maxDaysSinceImagePulled'
  | 'maxDaysSinceImageTransitioned';

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** One rule's fields; its key includes `rev`, so a drop that renumbers it re-mounts it. */
export function RuleForm({ repositoryKey, entry, findings, inputErrors }: RuleFormProps) {
  const dispatch = useDispatch();
  const r = entry.rule;
  const form = useForm({
    defaultValues: {
      description: r.description ?? '',
      rulePriority: numberText(r.rulePriority),
      tagStatus: r.tagStatus ?? '',
      tagPrefixList: r.tagPrefixList ?? [],
      tagPatternList: r.tagPatternList ?? [],
      maxImageCount: numberText(r.maxImageCount),
      maxImageAgeDays: numberText(r.maxImageAgeDays),
      storageClass: r.storageClass ?? '',
      action: r.action ?? '',
      maxDaysSinceImagePulled: numberText(r.maxDaysSinceImagePulled),
      maxDaysSinceImageTransitioned: numberText(r.maxDaysSinceImageTransitioned),
    },
  });
  const update = (patch: Partial<LifecycleRuleDesign>, eventTime?: number) => {
    markEdit(eventTime);
    dispatch({ type: 'updateRule', repositoryKey, ruleKey: entry.key, patch });
  };
  const common = (field: keyof typeof help, label: string) => ({
    id: `${entry.key}-${field}`,
    label,
    help: help[field],
    findings: fieldFindings(findings, field),
    inputError: inputErrors[fieldKey(entry.key, field)],
  });
  const updateNumber = (field: NumberField, text: string, eventTime: number) => {
    const { value, error } = parseWholeNumber(text);
    dispatch({ type: 'setInputError', fieldKey: fieldKey(entry.key, field), message: error });
    if (!error) update({ [field]: value }, eventTime);
  };

  return (
    <form className="rule-form" onSubmit={(event) => event.preventDefault()}>
      <form.Field name="description">
        {(field) => (
          <TextField
            {...common('description', 'Description')}
            value={field.state.value}
            onBlur={field.handleBlur}
            onChange={(value, event) => {
              field.handleChange(value);
              update({ description: value === '' ? undefined : value }, event.timeStamp);
            }}
          />
        )}
      </form.Field>
      <div className="field-grid">
        <form.Field name="tagStatus">
          {(field) => (
            <SelectField
              {...common('tagStatus', 'Tag status')}
              options={statusOptions}
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                field.handleChange(value);
                update({ tagStatus: (value || undefined) as Status | undefined }, event.timeStamp);
              }}
            />
          )}
        </form.Field>
        <form.Field name="rulePriority">
          {(field) => (
            <TextField
              {...common('rulePriority', 'Rule priority')}
              numeric
              placeholder="automatic"
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                field.handleChange(value);
                updateNumber('rulePriority', value, event.timeStamp);
              }}
            />
          )}
        </form.Field>
      </div>
      <form.Field name="tagPrefixList">
        {(field) => (
          <ChipField
            {...common('tagPrefixList', 'Tag prefixes')}
            entryName="prefix"
            value={field.state.value}
            onBlur={field.handleBlur}
            onChange={(value, eventTime) => {
              field.handleChange(value);
              update({ tagPrefixList: value.length > 0 ? value : undefined }, eventTime);
            }}
          />
        )}
      </form.Field>
      <form.Field name="tagPatternList">
        {(field) => (
          <ChipField
            {...common('tagPatternList', 'Tag patterns')}
            entryName="pattern"
            value={field.state.value}
            onBlur={field.handleBlur}
            onChange={(value, eventTime) => {
              field.handleChange(value);
              update({ tagPatternList: value.length > 0 ? value : undefined }, eventTime);
            }}
          />
        )}
      </form.Field>
      <div className="field-grid">
        <form.Field name="maxImageCount">
          {(field) => (
            <TextField
              {...common('maxImageCount', 'Keep newest (image count)')}
              numeric
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                field.handleChange(value);
                updateNumber('maxImageCount', value, event.timeStamp);
              }}
            />
          )}
        </form.Field>
        <form.Field name="maxImageAgeDays">
          {(field) => (
            <TextField
              {...common('maxImageAgeDays', 'Expire after (days)')}
              numeric
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                field.handleChange(value);
                updateNumber('maxImageAgeDays', value, event.timeStamp);
              }}
            />
          )}
        </form.Field>
      </div>
      <details className="rule-archive" open={setsArchiveField(r)}>
        <summary>Archive storage (ECR 2025 rules)</summary>
        <div className="field-grid">
          <form.Field name="storageClass">
            {(field) => (
              <SelectField
                {...common('storageClass', 'Storage class')}
                options={storageClassOptions}
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(value, event) => {
                  field.handleChange(value);
                  update(
                    { storageClass: (value || undefined) as StorageClass | undefined },
                    event.timeStamp,
                  );
                }}
              />
            )}
          </form.Field>
          <form.Field name="action">
            {(field) => (
              <SelectField
                {...common('action', 'Action')}
                options={actionOptions}
                value={field.state.value}
                onBlur={field.handleBlur}
                onChange={(value, event) => {
                  field.handleChange(value);
                  update(
                    { action: (value || undefined) as LifecycleAction | undefined },
                    event.timeStamp,
                  );
                }}
              />
            )}
          </form.Field>
        </div>
        <div className="field-grid">
          {(['maxDaysSinceImagePulled', 'maxDaysSinceImageTransitioned'] as const).map((name) => (
            <form.Field key={name} name={name}>
              {(field) => (
                <TextField
                  {...common(
                    name,
                    name === 'maxDaysSinceImagePulled'
                      ? 'Not pulled for (days)'
                      : 'Expire after archived (days)',
                  )}
                  numeric
                  value={field.state.value}
                  onBlur={field.handleBlur}
                  onChange={(value, event) => {
                    field.handleChange(value);
                    updateNumber(name, value, event.timeStamp);
                  }}
                />
              )}
            </form.Field>
          ))}
        </div>
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
