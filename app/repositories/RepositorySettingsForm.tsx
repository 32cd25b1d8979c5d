import { useForm } from '@tanstack/react-form';
import { Fragment, type ReactNode } from 'react';
import { type RepositoryField, repositoryProperties, rowsWith } from '../../engine/index';
import { designValueOf, type FormValue, formValueOf, TableField } from '../fields/TableField';
import { rowsOf, TagRowsField, tagsOf } from '../fields/TagRowsField';
import { TextField } from '../fields/TextField';
import { fieldFindings, type RepositoryFindings } from '../findings/groupFindings';
import { markEdit } from '../perf';
import { useDispatch } from '../state/DesignerContext';
import { fieldKey, type RepositoryEntry, type RepositorySettings } from '../state/designerState';
import { repositoryHelp as help } from './repositoryHelp';

interface RepositorySettingsFormProps {
  entry: RepositoryEntry;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
  logicalId: string | undefined;
}

const formRows = rowsWith(repositoryProperties, 'form');
/** The fields the generic controls edit; id and tags have their own. */
type TableFormField = Exclude<RepositoryField, 'id' | 'tags'>;

/** The fieldsets in their order; the table's rows name the one they sit in. */
const fieldsets = [
  { legend: 'Repository', columns: true },
  { legend: 'Images', columns: false },
  { legend: 'Encryption and removal', columns: true },
  { legend: 'Registry and tags', columns: false },
];

/** The selected repository's own fields; its key includes `rev`, so outside changes re-mount it. */
export function RepositorySettingsForm({
  entry,
  findings,
  inputErrors,
  logicalId,
}: RepositorySettingsFormProps) {
  const dispatch = useDispatch();
  const s = entry.settings;
  const settings = s as Record<string, unknown>;
  const form = useForm({
    defaultValues: {
      ...(Object.fromEntries(
        formRows.map(({ field, form: facet }) => [
          field,
          formValueOf(facet.widget, settings[field]),
        ]),
      ) as Record<TableFormField, FormValue>),
      id: s.id,
      tags: rowsOf(s.tags),
    },
  });
  const update = (patch: Partial<RepositorySettings>, eventTime?: number) => {
    markEdit(eventTime);
    dispatch({ type: 'updateRepository', key: entry.key, patch });
  };
  const setInputError = (field: string, message: string | undefined) =>
    dispatch({ type: 'setInputError', fieldKey: fieldKey(entry.key, field), message });
  const id = (field: string) => `${entry.key}-${field}`;
  const common = (field: keyof typeof help, label: string) => ({
    id: id(field),
    label,
    help: help[field],
    findings: fieldFindings(findings, field),
    inputError: inputErrors[fieldKey(entry.key, field)],
  });
  /** The fields the table has no form facet for, each in its fieldset. */
  const customFields: Partial<Record<RepositoryField, { fieldset: string; control: ReactNode }>> = {
    id: {
      fieldset: 'Repository',
      control: (
        <form.Field name="id">
          {(field) => (
            <TextField
              {...common('id', 'Construct id')}
              help={
                <>
                  {help.id}
                  {logicalId && (
                    <>
                      {' '}
                      Logical ID: <code>{logicalId}</code>.
                    </>
                  )}
                </>
              }
              value={field.state.value}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                field.handleChange(value);
                if (value === '')
                  setInputError('id', 'Enter a construct id: every construct needs one.');
                else {
                  setInputError('id', undefined);
                  update({ id: value }, event.timeStamp);
                }
              }}
            />
          )}
        </form.Field>
      ),
    },
    tags: {
      fieldset: 'Registry and tags',
      control: (
        <form.Field name="tags">
          {(field) => (
            <TagRowsField
              {...common('tags', 'Tags')}
              rows={field.state.value}
              onBlur={field.handleBlur}
              onChange={(rows, eventTime) => {
                field.handleChange(rows);
                const { tags, error } = tagsOf(rows);
                setInputError('tags', error);
                update({ tags }, eventTime);
              }}
            />
          )}
        </form.Field>
      ),
    },
  };

  return (
    <form
      className="settings-form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={`Repository ${s.id}`}
    >
      {fieldsets.map(({ legend, columns }) => (
        <fieldset key={legend} className={columns ? 'fieldset fieldset-columns' : 'fieldset'}>
          <legend>{legend}</legend>
          {repositoryProperties.map(({ field, form: facet }) => {
            const custom = customFields[field];
            if (custom?.fieldset === legend)
              return <Fragment key={field}>{custom.control}</Fragment>;
            if (facet?.group !== legend) return null;
            return (
              <form.Field key={field} name={field as TableFormField}>
                {(formField) => (
                  <TableField
                    {...common(field as keyof typeof help, facet.label)}
                    widget={facet.widget}
                    value={formField.state.value as FormValue}
                    onBlur={formField.handleBlur}
                    onChange={(value, eventTime) => {
                      formField.handleChange(value);
                      update({ [field]: designValueOf(value) }, eventTime);
                    }}
                  />
                )}
              </form.Field>
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
