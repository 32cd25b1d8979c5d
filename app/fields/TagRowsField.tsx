import { describedBy, FieldFrame, type FieldProps } from './FieldFrame';

export interface TagRow {
  key: string;
  value: string;
}

interface TagRowsFieldProps extends FieldProps {
  rows: readonly TagRow[];
  onChange: (rows: TagRow[], eventTime?: number) => void;
  onBlur?: () => void;
}

/** Resource tags as key/value rows. */
export function TagRowsField(props: TagRowsFieldProps) {
  const { id, rows, onChange, onBlur } = props;
  const setRow = (index: number, row: TagRow, eventTime: number) =>
    onChange(
      rows.map((r, i) => (i === index ? row : r)),
      eventTime,
    );
  return (
    <FieldFrame {...props} labelFor={null}>
      <fieldset
        className="tag-rows"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(id)}
      >
        {rows.map((row, index) => (
          <div className="tag-row" key={index}>
            <input
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
              aria-label={`Tag key ${index + 1}`}
              placeholder="key"
              value={row.key}
              onChange={(event) =>
                setRow(index, { ...row, key: event.target.value }, event.timeStamp)
              }
              onBlur={onBlur}
            />
            <input
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
              aria-label={`Tag value ${index + 1}`}
              placeholder="value"
              value={row.value}
              onChange={(event) =>
                setRow(index, { ...row, value: event.target.value }, event.timeStamp)
              }
              onBlur={onBlur}
            />
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Remove tag ${row.key || index + 1}`}
              onClick={(event) =>
                onChange(
                  rows.filter((_, i) => i !== index),
                  event.timeStamp,
                )
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={(event) => onChange([...rows, { key: '', value: '' }], event.timeStamp)}
        >
          Add tag
        </button>
      </fieldset>
    </FieldFrame>
  );
}

/** Rows to a tags record; the later of two rows with one key wins, and the earlier is reported. */
export function tagsOf(rows: readonly TagRow[]): { tags?: Record<string, string>; error?: string } {
  const filled = rows.filter((r) => r.key !== '' || r.value !== '');
  if (filled.length === 0) return {};
  const tags: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const row of filled) {
    if (Object.hasOwn(tags, row.key)) repeated.add(row.key);
    tags[row.key] = row.value;
  }
  return repeated.size > 0
    ? { tags, error: `Each tag key can be used once; repeated: ${[...repeated].join(', ')}` }
    : { tags };
}

export function rowsOf(tags: Record<string, string> | undefined): TagRow[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}
