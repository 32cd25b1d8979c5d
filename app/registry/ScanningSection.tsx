import { registryDefaultIds, type ScanningDesign } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { EntitySection } from '../entities/EntityCard';
import { findingsUnder } from '../entities/entityFindings';
import { ChipField } from '../fields/ChipField';
import { SelectField } from '../fields/SelectField';
import { FindingList } from '../findings/FindingList';
import { SingletonIdFields } from './IdFields';
import { listCardActions, RegistryCard } from './RegistryCard';
import { scanningHelp as help } from './registryHelp';
import { knownValues, type SetRegistryParts } from './registryParts';

type Rule = ScanningDesign['rules'][number];

const scanTypes = ['BASIC', 'ENHANCED'];
const frequencies = ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'];
const listId = 'registry-scanning-rules';
const newRule: Rule = { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] };

/** The registry scanning configuration: its type and its rules (frequency, wildcard filters). */
export function ScanningSection({
  scanning,
  set,
}: {
  scanning: ScanningDesign | undefined;
  set: SetRegistryParts;
}) {
  const { findings } = useEntitiesView();
  const f = findingsUnder(findings, ['registry', 'scanning']);
  const rules = scanning?.rules ?? [];
  const setScanning = (next: ScanningDesign, typing?: string) =>
    set({ scanning: next }, typing && `scanning.${typing}`);
  const setRules = (next: Rule[], typing?: string) =>
    setScanning({ scanType: 'BASIC', ...scanning, rules: next }, typing);
  const setRule = (index: number, rule: Rule) =>
    setRules(rules.map((r, i) => (i === index ? rule : r)));
  const fields = {
    id: f.at('id'),
    logicalId: f.at('logicalId'),
    scanType: f.at('scanType'),
  };
  const own = f.rest().filter((x) => x.path.length <= 3);
  return (
    <EntitySection
      id="registry-scanning"
      title="Scanning"
      help="ecr.CfnRegistryScanningConfiguration: which repositories are scanned, and how often. ECR allows one configuration per registry."
      addLabel="Add scanning rule"
      onAdd={() => setRules([...rules, newRule])}
      empty="No scanning configuration: the registry keeps ECR’s (BASIC, no rules)."
      count={scanning ? rules.length + 1 : 0}
    >
      {scanning && (
        <>
          <FindingList findings={own} />
          <div className="entity-fields">
            <SelectField
              id="registry-scanning-scanType"
              label="Scan type"
              help={help.scanType}
              findings={fields.scanType}
              value={scanning.scanType}
              options={knownValues(scanTypes, scanning.scanType)}
              onChange={(scanType) => setScanning({ ...scanning, scanType })}
            />
          </div>
          <SingletonIdFields
            value={scanning}
            what="registry scanning configuration"
            defaultId={registryDefaultIds.scanning}
            findings={fields}
            id={(field) => `registry-scanning-${field}`}
            onChange={setScanning}
          />
          <div id={listId} className="registry-cards">
            {rules.map((rule, index) => {
              const r = findingsUnder(findings, ['registry', 'scanning', 'rules', index]);
              const ruleFields = {
                frequency: r.at('scanFrequency'),
                filters: r.at('repositoryFilters'),
              };
              return (
                <RegistryCard
                  key={index}
                  title={`Scanning rule ${index + 1}`}
                  findings={r.rest()}
                  {...listCardActions(rules, setRules, listId, index)}
                >
                  <div className="entity-fields">
                    <SelectField
                      id={`${listId}-${index}-scanFrequency`}
                      label="Scan frequency"
                      help={help.scanFrequency}
                      findings={ruleFields.frequency}
                      value={rule.scanFrequency}
                      options={knownValues(frequencies, rule.scanFrequency)}
                      onChange={(scanFrequency) => setRule(index, { ...rule, scanFrequency })}
                    />
                    <ChipField
                      id={`${listId}-${index}-repositoryFilters`}
                      label="Repository filters"
                      help={help.repositoryFilters}
                      findings={ruleFields.filters}
                      entryName="filter"
                      value={rule.repositoryFilters}
                      onChange={(repositoryFilters) =>
                        setRule(index, { ...rule, repositoryFilters })
                      }
                    />
                  </div>
                </RegistryCard>
              );
            })}
          </div>
          <div className="entity-card-actions">
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => set({ scanning: undefined })}
            >
              Remove scanning configuration
            </button>
          </div>
        </>
      )}
    </EntitySection>
  );
}
