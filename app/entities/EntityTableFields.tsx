import type { Finding, FormFacet } from '../../engine/index';
import { formValueOf, readFormValue } from '../fields/formValues';
import { TableField } from '../fields/TableField';
import { compact } from './EntityCard';

interface EntityTableFieldsProps<T extends object> {
  /** The rows of the entity's property table that the card shows. */
  rows: readonly { field: string; form: FormFacet }[];
  value: T;
  /** The findings at each field. */
  findings: Record<string, readonly Finding[]>;
  help: Record<string, string>;
  id: (field: string) => string;
  /** The entity with the field changed; `typing` names a text field, whose keystrokes make one undo step. */
  onChange: (value: T, typing?: string) => void;
}

const noEdit = () => {};

/**
 * An entity card's fields from its property table. The cards hold no form of their own: each
 * control shows the design's value and writes it back at once (empty means left out).
 */
export function EntityTableFields<T extends object>(props: EntityTableFieldsProps<T>) {
  const { rows, value, findings, help, id, onChange } = props;
  return rows.map(({ field, form: { label, widget } }) => (
    <TableField
      key={field}
      id={id(field)}
      label={label}
      help={help[field]}
      findings={findings[field] ?? []}
      widget={widget}
      value={formValueOf(widget, (value as Record<string, unknown>)[field])}
      onEdit={noEdit}
      onCommit={(next) => {
        const reading = readFormValue(widget, next) as { value: unknown };
        onChange(
          compact({ ...value, [field]: reading.value }),
          widget.kind === 'text' ? field : undefined,
        );
      }}
      onBlur={noEdit}
    />
  ));
}
