import { useMemo } from 'react';
import {
  creationTemplateProperties,
  type Finding,
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
import { useDispatch } from '../state/DesignerContext';
import { patched } from '../state/designerState';
import { RegistryCard } from './RegistryCard';
import { templateHelp as help } from './registryHelp';
import type { TemplateEntry, TemplateSettings } from './registryState';
import { TemplateRules } from './TemplateRules';

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
  /** This template's lifecycle preview is the one open. */
  previewOpen: boolean;
  onPreview: (open: boolean) => void;
}

interface SettingsFieldsProps {
  settings: TemplateSettings;
  byField: Record<string, Finding[]>;
  id: (field: string) => string;
  set: (settings: TemplateSettings, typing?: string) => void;
}

/** The template's own fields: id, the table's rows by group, its key and its tags. */
function TemplateSettingsFields({ settings: s, byField, id, set }: SettingsFieldsProps) {
  const { entities } = useEntitiesView();
  const at = (field: string) => byField[field] ?? noFindings;
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
    <>
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
            onChange={(value) => set(patched(s, { encryptionKey: value || undefined }))}
          />
        </div>
      </fieldset>
      <TagRowsField
        id={id('resourceTags')}
        label="Resource tags"
        help={help.resourceTags!}
        findings={at('resourceTags')}
        rows={s.resourceTags ?? []}
        onChange={(rows) =>
          set(patched(s, { resourceTags: rows.length > 0 ? rows : undefined }), 'resourceTags')
        }
      />
    </>
  );
}

/** A creation template: its own fields, its lifecycle rule cards and its repository policy. */
export function CreationTemplateCard({
  entry,
  index,
  inputErrors,
  onDuplicate,
  previewOpen,
  onPreview,
}: CreationTemplateCardProps) {
  const dispatch = useDispatch();
  const { findings } = useEntitiesView();
  const group = useMemo(
    () => ruleOwnerFindings(findings, ['registry', 'creationTemplates', index]),
    [findings, index],
  );
  const priorities = useMemo(
    () => templateRulePriorities(entry.rules.map((r) => r.rule)),
    [entry.rules],
  );
  const s = entry.settings;
  const set = (settings: TemplateSettings, typing?: string) =>
    dispatch({ type: 'registry/setTemplate', key: entry.key, settings, typing });
  return (
    <RegistryCard
      title={`Creation template ${s.id}`}
      findings={withUnshownFields(group, shownFields)}
      onDuplicate={onDuplicate}
      onRemove={() => dispatch({ type: 'registry/removeTemplate', key: entry.key })}
    >
      <TemplateSettingsFields
        settings={s}
        byField={Object.fromEntries(group.byField)}
        id={(field) => `${entry.key}-${field}`}
        set={set}
      />
      <TemplateRules
        entry={entry}
        index={index}
        priorities={priorities}
        findings={group}
        inputErrors={inputErrors}
        previewOpen={previewOpen}
        onPreview={onPreview}
      />
      <PolicyStatementList
        idPrefix={entry.key}
        title="Repository policy"
        field="repositoryPolicy"
        statements={s.repositoryPolicy ?? []}
        path={['registry', 'creationTemplates', index, 'repositoryPolicy']}
        onChange={(statements: PolicyStatementDesign[], typing?: string) =>
          set(
            patched(s, { repositoryPolicy: statements.length > 0 ? statements : undefined }),
            typing,
          )
        }
      />
    </RegistryCard>
  );
}
