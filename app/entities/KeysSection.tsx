import { type KeyDesign, RemovalPolicy } from '../../engine/index';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { TriStateField } from '../fields/TriStateField';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { compact, EntityCard, EntitySection, optional, useSetEntity } from './EntityCard';
import { findingsUnder } from './entityFindings';

const removalOptions = enumOptions(Object.keys(RemovalPolicy), 'Default (RETAIN)');
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
  const fields = {
    id: f.at('id'),
    kind: [],
    keyArn: f.at('keyArn'),
    alias: f.at('alias'),
    description: f.at('description'),
    enableKeyRotation: f.at('enableKeyRotation'),
    removalPolicy: f.at('removalPolicy'),
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
        <>
          <TextField
            id={id('alias')}
            label="Alias"
            help="alias: 'alias/' is prepended when missing. Default: none."
            findings={fields.alias}
            value={key.alias ?? ''}
            onChange={(value) => set(compact({ ...key, alias: optional(value) }), 'alias')}
          />
          <TextField
            id={id('description')}
            label="Description"
            help="description of the key. Default: none."
            findings={fields.description}
            value={key.description ?? ''}
            onChange={(value) =>
              set(compact({ ...key, description: optional(value) }), 'description')
            }
          />
          <TriStateField
            id={id('enableKeyRotation')}
            label="Rotate yearly"
            help="enableKeyRotation: rotate the key material every year. Default: off, and left out of the template; Off writes EnableKeyRotation: false."
            findings={fields.enableKeyRotation}
            cdkDefault="off"
            value={key.enableKeyRotation}
            onChange={(value) => set(compact({ ...key, enableKeyRotation: value }))}
          />
          <SelectField
            id={id('removalPolicy')}
            label="Removal policy"
            help="removalPolicy of the key. Default: RETAIN."
            findings={fields.removalPolicy}
            value={key.removalPolicy ?? ''}
            options={removalOptions}
            onChange={(value) =>
              set(
                compact({
                  ...key,
                  removalPolicy: (optional(value) as KeyDesign['removalPolicy']) ?? undefined,
                }),
              )
            }
          />
        </>
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
