/**
 * The control of a property table's row, by its widget kind. The form holds what the control
 * shows ('' for a left-out text or select, [] for no chips); the design holds undefined.
 */
import type { Widget } from '../../engine/index';
import { ChipField } from './ChipField';
import type { FieldProps } from './FieldFrame';
import { enumOptions, SelectField } from './SelectField';
import { TextField } from './TextField';
import { TriStateField } from './TriStateField';

export type FormValue = string | boolean | undefined | string[];

/** What the control shows for a design's value. */
export function formValueOf(widget: Widget, value: unknown): FormValue {
  if (widget.kind === 'triState') return value as boolean | undefined;
  if (widget.kind === 'chips') return (value as string[] | undefined) ?? [];
  if (widget.kind === 'number') return value === undefined ? '' : String(value);
  return (value as string | undefined) ?? '';
}

/** The design's value for what the control shows: empty means left out (numbers are the form's to parse). */
export function designValueOf(value: FormValue): unknown {
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  return value === '' ? undefined : value;
}

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
