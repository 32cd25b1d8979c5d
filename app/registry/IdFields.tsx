import type { Finding } from '../../engine/index';
import { KeptLogicalIdField } from '../entities/KeptLogicalIdField';
import { TextField } from '../fields/TextField';
import { uniqueName } from '../state/newEntries';

interface Singleton {
  id?: string;
  logicalId?: string;
}

interface SingletonIdFieldsProps<T extends Singleton> {
  value: T;
  /** What the construct is, in the help: "replication configuration". */
  what: string;
  /** The construct id the design gets when the field is empty (registryDefaultIds). */
  defaultId: string;
  findings: { id: readonly Finding[]; logicalId: readonly Finding[] };
  id: (field: string) => string;
  onChange: (value: T, typing?: string) => void;
}

/** The construct id (empty: its default) and kept logical ID of one of the registry's singletons. */
export function SingletonIdFields<T extends Singleton>(props: SingletonIdFieldsProps<T>) {
  const { value, what, defaultId, findings, id, onChange } = props;
  return (
    <div className="entity-fields">
      <TextField
        id={id('id')}
        label="Construct id"
        help={`The id of the ${what}; it drives the logical ID. Default: ${defaultId}.`}
        placeholder={defaultId}
        findings={findings.id}
        value={value.id ?? ''}
        onChange={(text) => {
          const { id: _old, ...rest } = value;
          onChange((text === '' ? rest : { ...rest, id: text }) as T, 'id');
        }}
      />
      <KeptLogicalIdField
        value={value}
        what={what}
        findings={findings.logicalId}
        id={id}
        onChange={onChange}
      />
    </div>
  );
}

interface EntryIdFieldsProps<T extends { id: string; logicalId?: string }> {
  value: T;
  what: string;
  findings: { id: readonly Finding[]; logicalId: readonly Finding[] };
  id: (field: string) => string;
  onChange: (value: T, typing?: string) => void;
}

/** The construct id (required) and kept logical ID of a registry list's entry. */
export function EntryIdFields<T extends { id: string; logicalId?: string }>(
  props: EntryIdFieldsProps<T>,
) {
  const { value, what, findings, id, onChange } = props;
  return (
    <>
      <TextField
        id={id('id')}
        label="Construct id"
        help={`The construct id of the ${what}, unique in the stack; it drives the logical ID.`}
        findings={findings.id}
        value={value.id}
        onChange={(text) => onChange({ ...value, id: text }, 'id')}
      />
      <KeptLogicalIdField
        value={value}
        what={what}
        findings={findings.logicalId}
        id={id}
        onChange={onChange}
      />
    </>
  );
}

/** A copy with a free construct id; a kept logical ID stays with the original (two resources cannot share one). */
export function copiedEntry<T extends { id: string; logicalId?: string }>(
  entry: T,
  takenIds: readonly string[],
): T {
  const { logicalId: _kept, ...rest } = entry;
  return { ...rest, id: uniqueName(`${entry.id}Copy`, takenIds) } as T;
}
