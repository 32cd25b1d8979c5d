import type { PullTimeUpdateExclusionDesign } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntitySection } from '../entities/EntityCard';
import { findingsUnder } from '../entities/entityFindings';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { uniqueName } from '../state/newEntries';
import { copiedEntry, EntryIdFields } from './IdFields';
import { listCardActions, RegistryCard } from './RegistryCard';
import { exclusionHelp as help } from './registryHelp';
import type { SetRegistryParts } from './registryParts';

type Exclusion = PullTimeUpdateExclusionDesign;

const listId = 'registry-exclusions';
const byArn = '';
const exampleArn = 'arn:aws:iam::123456789012:role/scanner';

interface CardProps {
  exclusion: Exclusion;
  index: number;
  /** Roles and users of the design, which have ARNs the stack knows. */
  principals: readonly string[];
  onChange: (exclusion: Exclusion, typing?: string) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

/** The principal as a choice: by ARN, or a role or user of the design (a missing one is kept). */
function principalOptions(principals: readonly string[], chosen: string | undefined) {
  return [
    { value: byArn, label: 'By ARN' },
    ...principals.map((p) => ({ value: p, label: `Principal ${p} (its ARN)` })),
    ...(chosen === undefined || principals.includes(chosen)
      ? []
      : [{ value: chosen, label: `${chosen} (missing)` }]),
  ];
}

function ExclusionCard(props: CardProps) {
  const { exclusion, index, principals, onChange, onDuplicate, onRemove } = props;
  const { findings } = useEntitiesView();
  const f = findingsUnder(findings, ['registry', 'pullTimeUpdateExclusions', index]);
  const id = (field: string) => `${listId}-${index}-${field}`;
  const fields = {
    id: f.at('id'),
    logicalId: f.at('logicalId'),
    principal: f.at('principal'),
    principalArn: f.at('principalArn'),
  };
  const chosen = exclusion.principal;
  const { principal: _p, principalArn: _a, ...rest } = exclusion;
  return (
    <RegistryCard
      title={`Pull-time update exclusion ${exclusion.id}`}
      findings={f.rest()}
      onDuplicate={onDuplicate}
      onRemove={onRemove}
    >
      <div className="entity-fields">
        <EntryIdFields
          value={exclusion}
          what="pull-time update exclusion"
          findings={fields}
          id={id}
          onChange={onChange}
        />
        <SelectField
          id={id('principal')}
          label="Principal"
          help={help.principal}
          findings={fields.principal}
          value={chosen ?? byArn}
          options={principalOptions(principals, chosen)}
          onChange={(value) =>
            onChange(
              value === byArn
                ? { ...rest, principalArn: exclusion.principalArn ?? exampleArn }
                : { ...rest, principal: value },
            )
          }
        />
        {(chosen === undefined || exclusion.principalArn !== undefined) && (
          <TextField
            id={id('principalArn')}
            label="Principal ARN"
            help={help.principalArn}
            findings={fields.principalArn}
            value={exclusion.principalArn ?? ''}
            onChange={(value) => {
              const { principalArn: _old, ...others } = exclusion;
              onChange(value === '' ? others : { ...others, principalArn: value }, 'principalArn');
            }}
          />
        )}
      </div>
    </RegistryCard>
  );
}

/** Pull-time update exclusions: principals whose pulls leave the images' last pull time alone. */
export function ExclusionsSection({
  exclusions,
  takenIds,
  set,
}: {
  exclusions: readonly Exclusion[];
  takenIds: readonly string[];
  set: SetRegistryParts;
}) {
  const { entities } = useEntitiesView();
  const setList = (next: Exclusion[], typing?: string) =>
    set({ pullTimeUpdateExclusions: next }, typing);
  // Roles and users have ARNs the stack knows (an account or anyone has none).
  const principals = entities.principals
    .filter((p) => p.type === 'Role' || p.type === 'User' || p.type === 'Role.fromRoleArn')
    .map((p) => p.id);
  return (
    <EntitySection
      id="registry-exclusions"
      title="Pull-time update exclusions"
      help="ecr.CfnPullTimeUpdateExclusion: pulls by these principals do not update an image’s last pull time (AWS allows up to 100 per account)."
      addLabel="Add pull-time update exclusion"
      onAdd={() =>
        setList([
          ...exclusions,
          { id: uniqueName('PullTimeExclusion', takenIds), principalArn: exampleArn },
        ])
      }
      empty="No exclusions: every pull updates the pull time, a scanner’s too."
      count={exclusions.length}
    >
      <div id={listId} className="registry-cards">
        {exclusions.map((exclusion, index) => (
          <ExclusionCard
            key={index}
            exclusion={exclusion}
            index={index}
            principals={principals}
            onChange={(next, typing) =>
              setList(
                exclusions.map((e, i) => (i === index ? next : e)),
                typing && `pullTimeUpdateExclusions[${index}].${typing}`,
              )
            }
            {...listCardActions(exclusions, setList, listId, index, (entry) =>
              copiedEntry(entry, takenIds),
            )}
          />
        ))}
      </div>
    </EntitySection>
  );
}
