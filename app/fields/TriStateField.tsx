import type { ChangeEvent } from 'react';
import { describedBy, FieldFrame, type FieldProps, isInvalid } from './FieldFrame';

interface TriStateFieldProps extends FieldProps {
  /** `undefined`: the prop is left out of the design, so CDK's default applies. */
  value: boolean | undefined;
  /** What CDK does when the prop is left out ("off"). */
  cdkDefault: string;
  onChange: (value: boolean | undefined, event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
}

const choices = [
  { suffix: 'default', value: undefined },
  { suffix: 'on', value: true },
  { suffix: 'off', value: false },
] as const;

/**
 * A boolean CDK prop with a default: default (left out), on, or off. A checkbox cannot tell
 * off from the default, yet CDK writes an explicit `false` into the template
 * (`imageScanOnPush: false` becomes `ScanOnPush: false`). Native radios in a group, so Tab
 * reaches the chosen one and the arrow keys move between them.
 */
export function TriStateField(props: TriStateFieldProps) {
  const { id, value, cdkDefault, onChange, onBlur, findings, inputError } = props;
  return (
    <FieldFrame {...props} labelFor={null}>
      <div
        role="radiogroup"
        id={id}
        className="segmented tri-state"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(id)}
        aria-invalid={isInvalid(findings, inputError)}
      >
        {choices.map((choice) => (
          <label key={choice.suffix} className="segmented-option">
            <input
              type="radio"
              id={`${id}-${choice.suffix}`}
              name={id}
              checked={value === choice.value}
              onChange={(event) => onChange(choice.value, event)}
              onBlur={onBlur}
            />
            <span>
              {choice.value === undefined ? `Default (${cdkDefault})` : choice.value ? 'On' : 'Off'}
            </span>
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}
