import { useState } from 'react';
import type { Finding, PolicyStatementDesign } from '../../engine/index';
import { describedBy, FieldFrame } from '../fields/FieldFrame';

type Conditions = PolicyStatementDesign['conditions'];

/** Conditions as JSON: operator → key → value or list of values; undefined text is an error message. */
export function parseConditions(text: string): { conditions?: Conditions; error?: string } {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return { error: 'Give an object: { "operator": { "key": "value" } }' };
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) return { error: `${operator}: give an object of condition keys` };
    for (const [key, v] of Object.entries(keys)) {
      const ok =
        typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
      if (!ok) return { error: `${operator}.${key}: give a string or a list of strings` };
    }
  }
  return Object.keys(value).length === 0 ? {} : { conditions: value as Conditions };
}

const textOf = (conditions: Conditions) =>
  conditions === undefined ? '' : JSON.stringify(conditions, null, 2);

export function ConditionsField(props: {
  id: string;
  value: Conditions;
  findings: readonly Finding[];
  onChange: (conditions: Conditions) => void;
}) {
  const { id, value, findings, onChange } = props;
  const [text, setText] = useState(() => textOf(value));
  const [synced, setSynced] = useState(value);
  // An outside change (undo, another field) replaces the text; typing keeps it, even when invalid.
  if (synced !== value) {
    setSynced(value);
    setText(textOf(value));
  }
  const { error } = parseConditions(text);
  return (
    <FieldFrame
      id={id}
      label="Conditions (JSON)"
      help='e.g. { "StringEquals": { "aws:PrincipalOrgID": "o-abc" } }. Default: none.'
      findings={findings}
      inputError={error}
    >
      <textarea
        id={id}
        className="input conditions-input"
        rows={4}
        spellCheck={false}
        value={text}
        aria-describedby={describedBy(id)}
        aria-invalid={error !== undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parseConditions(next);
          if (parsed.error === undefined) {
            setSynced(parsed.conditions);
            onChange(parsed.conditions);
          }
        }}
      />
    </FieldFrame>
  );
}
