import type { ChangeEvent } from 'react';
import { describedBy, FieldFrame, type FieldProps, isInvalid } from './FieldFrame';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldProps {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string, event: ChangeEvent<HTMLSelectElement>) => void;
  onBlur?: () => void;
}

export function SelectField(props: SelectFieldProps) {
  const { id, value, options, onChange, onBlur, findings, inputError } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        className="input"
        value={value}
        aria-describedby={describedBy(id)}
        aria-invalid={isInvalid(findings, inputError)}
        onChange={(event) => onChange(event.target.value, event)}
        onBlur={onBlur}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * Options of an enum field: "Default (X)" for an omitted field, then the members; a `value`
 * that is none of them (free text read from a file or a template) is kept as an option of its
 * own, so the control shows it rather than another member.
 */
export function enumOptions(
  members: readonly string[],
  defaultLabel: string,
  value = '',
): SelectOption[] {
  const kept =
    value === '' || members.includes(value) ? [] : [{ value, label: `${value} (not known)` }];
  return [
    { value: '', label: defaultLabel },
    ...members.map((m) => ({ value: m, label: m })),
    ...kept,
  ];
}
