import { Fragment, type ReactNode } from 'react';
import { type RepositoryField, repositoryProperties, rowsWith } from '../../engine/index';
import { FormTableField } from '../fields/FormTableField';
import { rowsOf, type TagRow, TagRowsField, tagsOf } from '../fields/TagRowsField';
import { TextField } from '../fields/TextField';
import {
  editField,
  type FieldSpec,
  findingsOf,
  tableSpecs,
  useDesignForm,
} from '../fields/useDesignForm';
import type { RepositoryFindings } from '../findings/groupFindings';
import { fieldKey, type RepositoryEntry } from '../state/designerState';
import { repositoryHelp as help } from './repositoryHelp';

interface RepositorySettingsFormProps {
  entry: RepositoryEntry;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
  logicalId: string | undefined;
}

const formRows = rowsWith(repositoryProperties, 'form');

/** The fieldsets in their order; the table's rows name the one they sit in. */
const fieldsets = [
  { legend: 'Repository', columns: true },
  { legend: 'Images', columns: false },
  { legend: 'Encryption and removal', columns: true },
  { legend: 'Registry and tags', columns: false },
];

/** The table's fields, and id and tags with controls of their own. */
const specs: Record<string, FieldSpec> = {
  ...tableSpecs(formRows),
  id: {
    show: (value) => value,
    read: (value) =>
      value === '' ? { error: 'Enter a construct id: every construct needs one.' } : { value },
  },
  tags: {
    show: (value) => rowsOf(value as Record<string, string> | undefined),
    read: (value) => {
      const { tags, error } = tagsOf(value as TagRow[]);
      return error === undefined ? { value: tags } : { value: tags, error };
    },
  },
};

/** The selected repository's own fields, following it when undo or redo changes it. */
export function RepositorySettingsForm({
  entry,
  findings,
  inputErrors,
  logicalId,
}: RepositorySettingsFormProps) {
  const s = entry.settings;
  const { form, commit: update } = useDesignForm(specs, s as Record<string, unknown>, findings, {
    ownerKey: entry.key,
    inputErrors,
    patch: (patch) => ({ type: 'updateRepository', key: entry.key, patch }),
  });
  const id = (field: string) => `${entry.key}-${field}`;
  const common = (field: keyof typeof help, label: string) => ({
    id: id(field),
    label,
    help: help[field],
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
              findings={findingsOf(field.state.meta)}
              value={field.state.value as string}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                editField(field, value);
                update('id', value, event.timeStamp);
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
              findings={findingsOf(field.state.meta)}
              rows={field.state.value as TagRow[]}
              onBlur={field.handleBlur}
              onChange={(rows, eventTime) => {
                editField(field, rows);
                update('tags', rows, eventTime);
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
              <FormTableField
                key={field}
                form={form}
                name={field}
                {...common(field as keyof typeof help, facet.label)}
                widget={facet.widget}
                commit={update}
              />
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
