import './entities.css';
import { SelectField } from '../fields/SelectField';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { useEntitiesView } from './EntitiesContext';
import { findingsUnder } from './entityFindings';

/** The selected repository's encryption key: one of the design's keys (app/entities). */
export default function RepositoryEntities({ entry }: { entry: RepositoryEntry }) {
  const { entities, repositories, findings } = useEntitiesView();
  const dispatch = useDispatch();
  const index = repositories.findIndex((r) => r.key === entry.key);
  const path = ['repositories', index];
  const keyFindings = findingsUnder(findings, path).at('encryptionKey');
  const keyIds = entities.keys.map((k) => k.id);
  const current = entry.settings.encryptionKey;
  const options = [
    { value: '', label: 'None (AWS-managed key when encryption is KMS)' },
    ...keyIds.map((id) => ({ value: id, label: id })),
    ...(current !== undefined && !keyIds.includes(current)
      ? [{ value: current, label: `${current} (missing)` }]
      : []),
  ];
  return (
    <div className="repository-entities">
      <fieldset className="fieldset">
        <legend>Encryption key</legend>
        <SelectField
          id={`${entry.key}-encryptionKey`}
          label="Encryption key"
          help={
            keyIds.length === 0
              ? 'encryptionKey: add a key under “KMS keys” to pick it here. Needs encryption KMS (or its default).'
              : 'encryptionKey: a KMS key of this design. Needs encryption KMS (or left at its default, which then becomes KMS).'
          }
          findings={keyFindings}
          value={current ?? ''}
          options={options}
          onChange={(value) =>
            dispatch({
              type: 'entities/setRepository',
              repositoryKey: entry.key,
              patch: { encryptionKey: value === '' ? undefined : value },
            })
          }
        />
      </fieldset>
    </div>
  );
}
