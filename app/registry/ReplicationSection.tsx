import { type ReplicationDesign, registryDefaultIds } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntitySection } from '../entities/EntityCard';
import { findingsUnder, type PathFindings } from '../entities/entityFindings';
import { ChipField } from '../fields/ChipField';
import { TextField } from '../fields/TextField';
import { FindingList } from '../findings/FindingList';
import { SingletonIdFields } from './IdFields';
import { listCardActions, RegistryCard, type RuleCardProps } from './RegistryCard';
import { replicationHelp as help } from './registryHelp';
import { listOrNone, type SetRegistryParts } from './registryParts';

type Rule = ReplicationDesign['rules'][number];
type Destination = Rule['destinations'][number];

const listId = 'registry-replication-rules';
const newRule: Rule = { destinations: [{ region: 'us-west-2', registryId: '123456789012' }] };

function DestinationRows(props: {
  rule: Rule;
  index: number;
  at: PathFindings['at'];
  onChange: (rule: Rule, typing?: string) => void;
}) {
  const { rule, index, at, onChange } = props;
  const setDestination = (d: number, destination: Destination, field: string) =>
    onChange(
      { ...rule, destinations: rule.destinations.map((x, i) => (i === d ? destination : x)) },
      `destinations[${d}].${field}`,
    );
  return (
    <div className="registry-rows">
      {rule.destinations.map((destination, d) => {
        const id = (field: string) => `${listId}-${index}-destination-${d}-${field}`;
        return (
          <div className="entity-fields registry-row" key={d}>
            <TextField
              id={id('region')}
              label={`Destination ${d + 1} Region`}
              help={help.region}
              findings={at('destinations', d, 'region')}
              value={destination.region}
              onChange={(region) => setDestination(d, { ...destination, region }, 'region')}
            />
            <TextField
              id={id('registryId')}
              label={`Destination ${d + 1} registry id`}
              help={help.registryId}
              findings={at('destinations', d, 'registryId')}
              value={destination.registryId}
              onChange={(registryId) =>
                setDestination(d, { ...destination, registryId }, 'registryId')
              }
            />
            <button
              type="button"
              className="button button-small button-quiet button-danger registry-row-remove"
              onClick={() =>
                onChange({ ...rule, destinations: rule.destinations.filter((_, i) => i !== d) })
              }
            >
              Remove destination {d + 1}
              <span className="visually-hidden"> of replication rule {index + 1}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small registry-row-add"
        onClick={() =>
          onChange({
            ...rule,
            destinations: [...rule.destinations, { ...newRule.destinations[0]! }],
          })
        }
      >
        Add destination<span className="visually-hidden"> to replication rule {index + 1}</span>
      </button>
    </div>
  );
}

type CardProps = RuleCardProps<Rule>;

function ReplicationRuleCard({ rule, index, onChange, onDuplicate, onRemove }: CardProps) {
  const { findings } = useEntitiesView();
  const r = findingsUnder(findings, ['registry', 'replication', 'rules', index]);
  const filters = r.at('repositoryFilters');
  const destinations = r.at('destinations');
  return (
    <RegistryCard
      title={`Replication rule ${index + 1}`}
      findings={r.rest()}
      onDuplicate={onDuplicate}
      onRemove={onRemove}
    >
      {/* Findings on the list of destinations or on one as a whole; each field shows its own. */}
      <FindingList findings={destinations.filter((x) => x.path.length <= 6)} />
      <DestinationRows rule={rule} index={index} at={r.at} onChange={onChange} />
      <ChipField
        id={`${listId}-${index}-repositoryFilters`}
        label="Repository prefixes"
        help={help.repositoryFilters}
        findings={filters}
        entryName="prefix"
        value={rule.repositoryFilters ?? []}
        onChange={(value) => onChange({ ...rule, repositoryFilters: listOrNone(value) })}
      />
    </RegistryCard>
  );
}

/** The replication configuration: rules of destinations and name prefixes. */
export function ReplicationSection({
  replication,
  set,
}: {
  replication: ReplicationDesign | undefined;
  set: SetRegistryParts;
}) {
  const { findings } = useEntitiesView();
  const rules = replication?.rules ?? [];
  const path = ['registry', 'replication'];
  const f = findingsUnder(findings, path);
  const idFindings = { id: f.at('id'), logicalId: f.at('logicalId') };
  const own = f.rest().filter((x) => x.path.length <= 3);
  /** The configuration with these rules: none left (and no ids kept) removes it. */
  const setRules = (next: Rule[], typing?: string) => {
    const kept = { ...replication, rules: next };
    const empty = next.length === 0 && kept.id === undefined && kept.logicalId === undefined;
    set({ replication: empty ? undefined : kept }, typing);
  };
  const setRule = (index: number, rule: Rule, typing?: string) =>
    setRules(
      rules.map((r, i) => (i === index ? rule : r)),
      typing && `replication.rules[${index}].${typing}`,
    );
  return (
    <EntitySection
      id="registry-replication"
      title="Replication"
      help="ecr.CfnReplicationConfiguration: where pushed images are copied. ECR allows one configuration per registry; its rules apply in order."
      addLabel="Add replication rule"
      onAdd={() => setRules([...rules, newRule])}
      empty="No replication: images stay in this Region and account."
      count={rules.length}
    >
      {replication && (
        <SingletonIdFields
          value={replication}
          what="replication configuration"
          defaultId={registryDefaultIds.replication}
          findings={idFindings}
          id={(field) => `registry-replication-${field}`}
          onChange={(value, typing) =>
            set({ replication: value }, typing && `replication.${typing}`)
          }
        />
      )}
      <FindingList findings={own} />
      <div id={listId} className="registry-cards">
        {rules.map((rule, index) => (
          <ReplicationRuleCard
            key={index}
            rule={rule}
            index={index}
            onChange={(next, typing) => setRule(index, next, typing)}
            {...listCardActions(rules, setRules, listId, index)}
          />
        ))}
      </div>
    </EntitySection>
  );
}
