import { useMemo } from 'react';
import {
  creationTemplateProperties,
  type PolicyStatementDesign,
  rowsWith,
  templateRulePriorities,
} from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntityTableFields } from '../entities/EntityTableFields';
import { PolicyStatementList } from '../entities/PolicyStatementList';
import { SelectField } from '../fields/SelectField';
import { TagRowsField } from '../fields/TagRowsField';
import { TextField } from '../fields/TextField';
import { noFindings, ruleOwnerFindings, withUnshownFields } from '../findings/groupFindings';
import { RuleList } from '../rules/RuleList';
import { useDispatch } from '../state/DesignerContext';
import { RegistryCard } from './RegistryCard';
import { templateHelp as help } from './registryHelp';
import type { TemplateEntry, TemplateSettings } from './registryState';

const formRows = rowsWith(creationTemplateProperties, 'form');
const rowsIn = (group: string) => formRows.filter((row) => row.form.group === group);
const templateRows = rowsIn('Creation template');
const imageRows = rowsIn('Images');
const encryptionRows = rowsIn('Encryption');

/** Every field the card shows; findings at any other move up to the card. */
const shownFields = [
  'id',
  ...formRows.map((row) => row.field),
  'encryptionKey',
  'resourceTags',
  'lifecycleRules',
  'repositoryPolicy',
];

interface CreationTemplateCardProps {
  entry: TemplateEntry;
  index: number;
  inputErrors: Record<string, string>;
  onDuplicate: () => void;
}

/** A creation template: its table's fields, its key, tags, lifecycle rule cards and policy. */
export function CreationTemplateCard({
  entry,
  index,
  inputErrors,
  onDuplicate,
}: CreationTemplateCardProps) {
  const dispatch = useDispatch();
  const { findings, entities } = useEntitiesView();
  const path = ['registry', 'creationTemplates', index];
  const group = useMemo(
    () => ruleOwnerFindings(findings, ['registry', 'creationTemplates', index]),
    [findings, index],
  );
  const priorities = useMemo(
    () => templateRulePriorities(entry.rules.map((r) => r.rule)),
    [entry.rules],
  );
  const byField = Object.fromEntries(group.byField);
  const at = (field: string) => byField[field] ?? noFindings;
  const s = entry.settings;
  const set = (settings: TemplateSettings, typing?: string) =>
    dispatch({ type: 'registry/setTemplate', key: entry.key, settings, typing });
  const id = (field: string) => `${entry.key}-${field}`;
  const keys = entities.keys.map((k) => k.id);
  const keyOptions = [
    { value: '', label: 'None (AWS managed key)' },
    ...keys.map((k) => ({ value: k, label: `Key ${k}` })),
    ...(s.encryptionKey === undefined || keys.includes(s.encryptionKey)
      ? []
      : [{ value: s.encryptionKey, label: `${s.encryptionKey} (missing)` }]),
  ];
  const table = (rows: typeof formRows) => (
    <EntityTableFields
      rows={rows}
      value={s}
      findings={byField}
      help={help}
      id={id}
      onChange={set}
    />
  );
  return (
    <RegistryCard
      title={`Creation template ${s.id}`}
      findings={withUnshownFields(group, shownFields)}
      onDuplicate={onDuplicate}
      onRemove={() => dispatch({ type: 'registry/removeTemplate', key: entry.key })}
    >
      <div className="entity-fields">
        <TextField
          id={id('id')}
          label="Construct id"
          help={help.id!}
          findings={at('id')}
          value={s.id}
          onChange={(value) => set({ ...s, id: value }, 'id')}
        />
        {table(templateRows)}
      </div>
      <fieldset className="fieldset">
        <legend>Images</legend>
        <div className="entity-fields">{table(imageRows)}</div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Encryption</legend>
        <div className="entity-fields">
          {table(encryptionRows)}
          <SelectField
            id={id('encryptionKey')}
            label="KMS key"
            help={help.encryptionKey!}
            findings={at('encryptionKey')}
            value={s.encryptionKey ?? ''}
            options={keyOptions}
            onChange={(value) => {
              const { encryptionKey: _old, ...rest } = s;
              set(value === '' ? rest : { ...rest, encryptionKey: value });
            }}
          />
        </div>
      </fieldset>
      <TagRowsField
        id={id('resourceTags')}
        label="Resource tags"
        help={help.resourceTags!}
        findings={at('resourceTags')}
        rows={s.resourceTags ?? []}
        onChange={(rows) => {
          const { resourceTags: _old, ...rest } = s;
          set(rows.length === 0 ? rest : { ...rest, resourceTags: rows }, 'resourceTags');
        }}
      />
      <RuleList
        repository={entry}
        priorities={priorities}
        findings={group}
        inputErrors={inputErrors}
      />
      <PolicyStatementList
        idPrefix={entry.key}
        title="Repository policy"
        field="repositoryPolicy"
        statements={s.repositoryPolicy ?? []}
        path={[...path, 'repositoryPolicy']}
        onChange={(statements: PolicyStatementDesign[], typing?: string) => {
          const { repositoryPolicy: _old, ...rest } = s;
          set(statements.length === 0 ? rest : { ...rest, repositoryPolicy: statements }, typing);
        }}
      />
    </RegistryCard>
  );
}
