import type { ChangeEvent, KeyboardEvent } from 'react';
import { describedBy, FieldFrame, type FieldProps, isInvalid } from './FieldFrame';

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  placeholder?: string;
  /** Numbers are typed as text so that "1.5" or "1e" can be shown and explained. */
  numeric?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, value, onChange, onBlur, onKeyDown, placeholder, numeric, findings, inputError } =
    props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        className="input"
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-describedby={describedBy(id)}
        aria-invalid={isInvalid(findings, inputError)}
        onChange={(event) => onChange(event.target.value, event)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}
