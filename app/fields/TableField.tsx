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
  /** What the control shows now (the form's value). */
  onEdit: (value: FormValue) => void;
  /** The value goes into the design: on every change, or on Enter and blur (`commitOnEnter`). */
  onCommit: (value: FormValue, eventTime?: number) => void;
  onBlur: () => void;
}

/** A number the design takes on Enter (focus stays in the field, wherever its card moves) or blur. */
function CommittedNumber(props: Omit<TableFieldProps, 'widget'> & { placeholder?: string }) {
  const { value, onEdit, onCommit, onBlur, ...rest } = props;
  const text = value as string;
  return (
    <TextField
      {...rest}
      numeric
      value={text}
      onChange={(next) => onEdit(next)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const input = event.currentTarget;
        onCommit(text, event.timeStamp);
        requestAnimationFrame(() => {
          if (input.isConnected && document.activeElement !== input) input.focus();
        });
      }}
      onBlur={() => {
        onCommit(text);
        onBlur();
      }}
    />
  );
}

export function TableField({ widget, value, onEdit, onCommit, ...props }: TableFieldProps) {
  const onChange = (next: FormValue, eventTime?: number) => {
    onEdit(next);
    onCommit(next, eventTime);
  };
  switch (widget.kind) {
    case 'number':
      if (widget.commitOnEnter)
        return (
          <CommittedNumber
            {...props}
            placeholder={widget.placeholder}
            value={value}
            onEdit={onEdit}
            onCommit={onCommit}
          />
        );
      return (
        <TextField
          {...props}
          placeholder={widget.placeholder}
          numeric
          value={value as string}
          onChange={(next, event) => onChange(next, event.timeStamp)}
        />
      );
    case 'text':
      return (
        <TextField
          {...props}
          placeholder={widget.placeholder}
          numeric={widget.numeric}
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
          options={enumOptions(widget.members, widget.defaultLabel, value as string)}
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
