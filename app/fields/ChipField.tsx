import { type KeyboardEvent, useState } from 'react';
import { describedBy, FieldFrame, type FieldProps, isInvalid } from './FieldFrame';

interface ChipFieldProps extends FieldProps {
  value: readonly string[];
  onChange: (value: string[], eventTime?: number) => void;
  onBlur?: () => void;
  /** What one entry is called, for the remove buttons ("Remove prefix prod"). */
  entryName: string;
  placeholder?: string;
}

/** A list of short strings: type and press Enter (or comma) to add; Backspace in an empty box removes the last. */
export function ChipField(props: ChipFieldProps) {
  const { id, value, onChange, onBlur, entryName, placeholder, findings, inputError } = props;
  const [draft, setDraft] = useState('');

  const add = (eventTime?: number) => {
    const entry = draft.trim();
    setDraft('');
    if (entry !== '' && !value.includes(entry)) onChange([...value, entry], eventTime);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(event.timeStamp);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1), event.timeStamp);
    }
  };

  return (
    <FieldFrame {...props}>
      <div className="chips">
        {value.length > 0 && (
          <ul className="chip-list" aria-label={`${entryName} list`}>
            {value.map((entry) => (
              <li key={entry} className="chip">
                <span className="chip-text">{entry}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${entryName} ${entry}`}
                  onClick={(event) =>
                    onChange(
                      value.filter((v) => v !== entry),
                      event.timeStamp,
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="input chip-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          placeholder={placeholder ?? `Add ${entryName}, press Enter`}
          aria-describedby={describedBy(id)}
          aria-invalid={isInvalid(findings, inputError)}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim() !== '') add();
            onBlur?.();
          }}
        />
      </div>
    </FieldFrame>
  );
}
