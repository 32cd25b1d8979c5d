import type { FormFacet, PullThroughCacheRuleDesign } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntitySection } from '../entities/EntityCard';
import { EntityTableFields } from '../entities/EntityTableFields';
import { findingsUnder } from '../entities/entityFindings';
import { uniqueName } from '../state/newEntries';
import { copiedEntry, EntryIdFields } from './IdFields';
import { listCardActions, RegistryCard, type RuleCardProps } from './RegistryCard';
import { pullThroughHelp as help } from './registryHelp';
import type { SetRegistryParts } from './registryParts';

type Rule = PullThroughCacheRuleDesign;

/** The upstream registries CloudFormation lists (UpstreamRegistry); others are kept as typed. */
const upstreamRegistries = [
  'ecr',
  'ecr-public',
  'quay',
  'k8s',
  'docker-hub',
  'github-container-registry',
  'azure-container-registry',
  'gitlab-container-registry',
  'chainguard',
];

const group = 'Pull-through cache rule';
const rows: { field: string; form: FormFacet }[] = [
  {
    field: 'ecrRepositoryPrefix',
    form: { label: 'ECR repository prefix', group, widget: { kind: 'text', placeholder: 'ROOT' } },
  },
  {
    field: 'upstreamRegistry',
    form: {
      label: 'Upstream registry',
      group,
      widget: { kind: 'select', members: upstreamRegistries, defaultLabel: 'None chosen' },
    },
  },
  {
    field: 'upstreamRegistryUrl',
    form: { label: 'Upstream registry URL', group, widget: { kind: 'text' } },
  },
  {
    field: 'upstreamRepositoryPrefix',
    form: { label: 'Upstream repository prefix', group, widget: { kind: 'text' } },
  },
  { field: 'credentialArn', form: { label: 'Credential ARN', group, widget: { kind: 'text' } } },
  { field: 'customRoleArn', form: { label: 'Custom role ARN', group, widget: { kind: 'text' } } },
];

const listId = 'registry-pull-through-rules';

type CardProps = RuleCardProps<Rule>;

function PullThroughCacheCard({ rule, index, onChange, onDuplicate, onRemove }: CardProps) {
  const { findings } = useEntitiesView();
  const f = findingsUnder(findings, ['registry', 'pullThroughCacheRules', index]);
  const id = (field: string) => `${listId}-${index}-${field}`;
  const fields = {
    id: f.at('id'),
    logicalId: f.at('logicalId'),
    ...Object.fromEntries(rows.map(({ field }) => [field, f.at(field)])),
  };
  return (
    <RegistryCard
      title={`Pull-through cache rule ${rule.id}`}
      findings={f.rest()}
      onDuplicate={onDuplicate}
      onRemove={onRemove}
    >
      <div className="entity-fields">
        <EntryIdFields
          value={rule}
          what="pull-through cache rule"
          findings={{ id: fields.id, logicalId: fields.logicalId }}
          id={id}
          onChange={onChange}
        />
        <EntityTableFields
          rows={rows}
          value={rule}
          findings={fields}
          help={help}
          id={id}
          onChange={onChange}
        />
      </div>
    </RegistryCard>
  );
}

/** Pull-through cache rules: each caches an upstream registry under an ECR prefix. */
export function PullThroughCacheSection({
  rules,
  takenIds,
  set,
}: {
  rules: readonly Rule[];
  /** Construct ids in use in the stack, for a new rule's. */
  takenIds: readonly string[];
  set: SetRegistryParts;
}) {
  const setRules = (next: Rule[], typing?: string) => set({ pullThroughCacheRules: next }, typing);
  const setRule = (index: number, rule: Rule, typing?: string) =>
    setRules(
      rules.map((r, i) => (i === index ? rule : r)),
      typing && `pullThroughCacheRules[${index}].${typing}`,
    );
  const prefixes = rules.flatMap((r) => r.ecrRepositoryPrefix ?? []);
  return (
    <EntitySection
      id="registry-pull-through"
      title="Pull-through cache rules"
      help="ecr.CfnPullThroughCacheRule: ECR creates a repository under the prefix on the first pull of an upstream image; a creation template with the same prefix gives it its settings."
      addLabel="Add pull-through cache rule"
      onAdd={() =>
        setRules([
          ...rules,
          {
            id: uniqueName('PullThroughCache', takenIds),
            ecrRepositoryPrefix: uniqueName('ecr-public', prefixes, '-'),
            upstreamRegistry: 'ecr-public',
            upstreamRegistryUrl: 'public.ecr.aws',
          },
        ])
      }
      empty="No pull-through cache rules."
      count={rules.length}
    >
      <div id={listId} className="registry-cards">
        {rules.map((rule, index) => (
          <PullThroughCacheCard
            key={index}
            rule={rule}
            index={index}
            onChange={(next, typing) => setRule(index, next, typing)}
            {...listCardActions(rules, setRules, listId, index, (entry) =>
              copiedEntry(entry, takenIds),
            )}
          />
        ))}
      </div>
    </EntitySection>
  );
}
