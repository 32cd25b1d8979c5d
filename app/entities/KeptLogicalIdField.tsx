import { entityLogicalIdRows, type Finding, rowsWith } from '../../engine/index';
import { EntityTableFields } from './EntityTableFields';

const rows = rowsWith(entityLogicalIdRows, 'form');

interface KeptLogicalIdFieldProps<T extends { logicalId?: string }> {
  value: T;
  /** What the construct is, in the help: "user", "topic". */
  what: string;
  findings: readonly Finding[];
  id: (field: string) => string;
  onChange: (value: T, typing?: string) => void;
}

/** The "Logical ID (kept)" field of a user's, role's, topic's or queue's card. */
export function KeptLogicalIdField<T extends { logicalId?: string }>(
  props: KeptLogicalIdFieldProps<T>,
) {
  const { value, what, findings, id, onChange } = props;
  return (
    <EntityTableFields
      rows={rows}
      value={value}
      findings={{ logicalId: findings }}
      help={{
        logicalId: `The ${what}’s logical ID to keep (overrideLogicalId), e.g. the one a hand-written stack used. Changing it replaces the ${what}. Default: derived from the construct id.`,
      }}
      id={id}
      onChange={onChange}
    />
  );
}
