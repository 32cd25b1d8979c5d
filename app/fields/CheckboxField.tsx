import type { ChangeEvent } from 'react';
import { describedBy, FieldFrame, type FieldProps, isInvalid } from './FieldFrame';

interface CheckboxFieldProps extends FieldProps {
  checked: boolean;
  onChange: (checked: boolean, event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { id, checked, onChange, onBlur, findings, inputError } = props;
  return (
    <FieldFrame {...props} labelAfter>
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={checked}
        aria-describedby={describedBy(id)}
        aria-invalid={isInvalid(findings, inputError)}
        onChange={(event) => onChange(event.target.checked, event)}
        onBlur={onBlur}
      />
    </FieldFrame>
  );
}
