/** The control of a property table's row, by its widget kind (its values: formValues.ts). */
import type { Widget } from '../../engine/index';
import { ChipField } from './ChipField';
import type { FieldProps } from './FieldFrame';
import type { FormValue } from './formValues';
import { enumOptions, SelectField } from './SelectField';
import { TextField } from './TextField';
import { TriStateField } from './TriStateField';

interface TableFieldProps extends FieldProps {
  widget: Widget;
  value: FormValue;
  onChange: (value: FormValue, eventTime?: number) => void;
  onBlur: () => void;
}

export function TableField({ widget, value, onChange, ...props }: TableFieldProps) {
  switch (widget.kind) {
    case 'text':
    case 'number':
      return (
        <TextField
          {...props}
          placeholder={widget.placeholder}
          numeric={widget.kind === 'number' || widget.numeric}
          value={value as string}
          onChange={(next, event) => onChange(next, event.timeStamp)}
        />
      );
    case 'triState':
      return (
        <TriStateField
          {...props}
          cdkDefault={widget.cdkDefault}
          value={value as boolean | undefined}
          onChange={(next, event) => onChange(next, event.timeStamp)}
        />
      );
    case 'select':
      return (
        <SelectField
          {...props}
          options={enumOptions(widget.members, widget.defaultLabel)}
          value={value as string}
          onChange={(next, event) => onChange(next, event.timeStamp)}
        />
      );
    case 'chips':
      return (
        <ChipField
          {...props}
          entryName={widget.entryName}
          value={value as string[]}
          onChange={onChange}
        />
      );
  }
}
