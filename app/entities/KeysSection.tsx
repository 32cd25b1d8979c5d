import { type KeyDesign, keyProperties, rowsWith } from '../../engine/index';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { EntityCard, EntitySection, useSetEntity } from './EntityCard';
import { EntityTableFields } from './EntityTableFields';
import { findingsUnder } from './entityFindings';

/** A new key's fields, from the key's property table; the card is controlled by the design itself. */
const keyFormRows = rowsWith(keyProperties, 'form');
const keyHelp: Record<string, string> = {
  alias: "alias: 'alias/' is prepended when missing. Default: none.",
  description: 'description of the key. Default: none.',
  enableKeyRotation:
    'enableKeyRotation: rotate the key material every year. Default: off, and left out of the template; Off writes EnableKeyRotation: false.',
  removalPolicy: 'removalPolicy of the key. Default: RETAIN.',
  logicalId: 'overrideLogicalId: the logical ID to keep. Changing it replaces the key.',
  aliasLogicalId: 'The alias’s logical ID to keep. Changing it replaces the alias.',
  deletionPolicy: 'cfnOptions.deletionPolicy, over the removal policy’s; NONE leaves it out.',
  updateReplacePolicy:
    'cfnOptions.updateReplacePolicy, over the removal policy’s; NONE leaves it out.',
};
const kindOptions = [
  { value: 'new', label: 'New key (new kms.Key)' },
  { value: 'imported', label: 'Existing key (kms.Key.fromKeyArn)' },
];

function KeyCard({ keyDesign: key, index }: { keyDesign: KeyDesign; index: number }) {
  const { findings } = useEntitiesView();
  const set = useSetEntity('keys', index);
  const f = findingsUnder(findings, ['keys', index]);
  const id = (field: string) => `key-${index}-${field}`;
  const imported = key.keyArn !== undefined;
  // Taken before the card's own findings (f.rest()), so that each shows at its field.
  const fields = {
    id: f.at('id'),
    kind: [],
    keyArn: f.at('keyArn'),
    ...Object.fromEntries(keyFormRows.map(({ field }) => [field, f.at(field)])),
  };
  return (
    <EntityCard kind="keys" index={index} id={key.id} title={`Key ${key.id}`} findings={f.rest()}>
      <TextField
        id={id('id')}
        label="Construct id"
        help="The id in new kms.Key(this, id); repositories pick the key by it."
        findings={fields.id}
        value={key.id}
        onChange={(value) => set({ ...key, id: value }, 'id')}
      />
      <SelectField
        id={id('kind')}
        label="Key"
        help="A customer-managed key made by the stack, or an existing key imported by ARN."
        findings={fields.kind}
        value={imported ? 'imported' : 'new'}
        options={kindOptions}
        onChange={(value) =>
          set(
            value === 'imported'
              ? { id: key.id, keyArn: 'arn:aws:kms:us-east-1:123456789012:key/example' }
              : { id: key.id },
          )
        }
      />
      {imported ? (
        <TextField
          id={id('keyArn')}
          label="Key ARN"
          help="keyArn: arn:aws:kms:region:account:key/id of an existing key."
          findings={fields.keyArn}
          value={key.keyArn ?? ''}
          onChange={(value) => set({ ...key, keyArn: value }, 'keyArn')}
        />
      ) : (
        <EntityTableFields
          rows={keyFormRows}
          value={key}
          findings={fields}
          help={keyHelp}
          id={id}
          onChange={set}
        />
      )}
    </EntityCard>
  );
}

export function KeysSection() {
  const { entities } = useEntitiesView();
  const dispatch = useDispatch();
  return (
    <EntitySection
      id="keys"
      title="KMS keys"
      help="Keys for repository encryption (a repository picks one as its encryption key)."
      addLabel="Add key"
      onAdd={() => dispatch({ type: 'entities/add', kind: 'keys' })}
      empty="No keys yet."
      count={entities.keys.length}
    >
      {entities.keys.map((key, index) => (
        <KeyCard key={index} keyDesign={key} index={index} />
      ))}
    </EntitySection>
  );
}
