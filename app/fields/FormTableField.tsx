import { memo, type ReactNode } from 'react';
import type { Widget } from '../../engine/index';
import type { FormValue } from './formValues';
import { TableField } from './TableField';
import { type DesignForm, editField, type FormCommit, findingsOf } from './useDesignForm';

interface FormTableFieldProps {
  form: DesignForm;
  /** The row's design field, also the form field's name. */
  name: string;
  id: string;
  label: string;
  help: ReactNode;
  widget: Widget;
  inputError: string | undefined;
  commit: FormCommit;
}

/**
 * A property table row's field of a design form. Memoized: a keystroke elsewhere in the form
 * renders this field again only when its own props change; its value and findings reach it
 * through the form's field store, which renders it by itself.
 */
export const FormTableField = memo(function FormTableField({
  form,
  name,
  commit,
  ...props
}: FormTableFieldProps) {
  return (
    <form.Field name={name}>
      {(field) => (
        <TableField
          {...props}
          findings={findingsOf(field.state.meta)}
          value={field.state.value as FormValue}
          onBlur={field.handleBlur}
          onEdit={(value) => editField(field, value)}
          onCommit={(value, eventTime) => commit(name, value, eventTime)}
        />
      )}
    </form.Field>
  );
});
