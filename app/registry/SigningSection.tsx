import { registryDefaultIds, type SigningDesign } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntitySection } from '../entities/EntityCard';
import { findingsUnder } from '../entities/entityFindings';
import { ChipField } from '../fields/ChipField';
import { TextField } from '../fields/TextField';
import { FindingList } from '../findings/FindingList';
import { SingletonIdFields } from './IdFields';
import { listCardActions, RegistryCard } from './RegistryCard';
import { signingHelp as help } from './registryHelp';
import { listOrNone, type SetRegistryParts } from './registryParts';

type Rule = SigningDesign['rules'][number];

const listId = 'registry-signing-rules';
const newRule: Rule = {
  signingProfileArn: 'arn:aws:signer:us-east-1:123456789012:/signing-profiles/profile',
};

/** The signing configuration: rules of a signing profile and the repositories it signs. */
export function SigningSection({
  signing,
  set,
}: {
  signing: SigningDesign | undefined;
  set: SetRegistryParts;
}) {
  const { findings } = useEntitiesView();
  const f = findingsUnder(findings, ['registry', 'signing']);
  const rules = signing?.rules ?? [];
  /** The configuration with these rules: none left (and no ids kept) removes it. */
  const setRules = (next: Rule[], typing?: string) => {
    const kept = { ...signing, rules: next };
    const empty = next.length === 0 && kept.id === undefined && kept.logicalId === undefined;
    set({ signing: empty ? undefined : kept }, typing && `signing.${typing}`);
  };
  const setRule = (index: number, rule: Rule, typing?: string) =>
    setRules(
      rules.map((r, i) => (i === index ? rule : r)),
      typing && `rules[${index}].${typing}`,
    );
  const idFindings = { id: f.at('id'), logicalId: f.at('logicalId') };
  const own = f.rest().filter((x) => x.path.length <= 3);
  return (
    <EntitySection
      id="registry-signing"
      title="Signing"
      help="ecr.CfnSigningConfiguration: ECR signs pushed images with an AWS Signer profile."
      addLabel="Add signing rule"
      onAdd={() => setRules([...rules, newRule])}
      empty="No signing configuration."
      count={rules.length}
    >
      {signing && (
        <SingletonIdFields
          value={signing}
          what="signing configuration"
          defaultId={registryDefaultIds.signing}
          findings={idFindings}
          id={(field) => `registry-signing-${field}`}
          onChange={(value, typing) => set({ signing: value }, typing && `signing.${typing}`)}
        />
      )}
      <FindingList findings={own} />
      <div id={listId} className="registry-cards">
        {rules.map((rule, index) => {
          const r = findingsUnder(findings, ['registry', 'signing', 'rules', index]);
          const fields = { arn: r.at('signingProfileArn'), filters: r.at('repositoryFilters') };
          return (
            <RegistryCard
              key={index}
              title={`Signing rule ${index + 1}`}
              findings={r.rest()}
              {...listCardActions(rules, setRules, listId, index)}
            >
              <div className="entity-fields">
                <TextField
                  id={`${listId}-${index}-signingProfileArn`}
                  label="Signing profile ARN"
                  help={help.signingProfileArn}
                  findings={fields.arn}
                  value={rule.signingProfileArn}
                  onChange={(signingProfileArn) =>
                    setRule(index, { ...rule, signingProfileArn }, 'signingProfileArn')
                  }
                />
                <ChipField
                  id={`${listId}-${index}-repositoryFilters`}
                  label="Repository filters"
                  help={help.repositoryFilters}
                  findings={fields.filters}
                  entryName="filter"
                  value={rule.repositoryFilters ?? []}
                  onChange={(value) =>
                    setRule(index, { ...rule, repositoryFilters: listOrNone(value) })
                  }
                />
              </div>
            </RegistryCard>
          );
        })}
      </div>
    </EntitySection>
  );
}
