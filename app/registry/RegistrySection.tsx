/**
 * The Registry section (lazy-loaded, shown instead of a repository's panel when "Registry" is
 * picked beside the repositories): the registry-level resources of the design's `registry`
 * part. Nothing of it renders while a repository is being edited.
 */
import '../entities/entities.css';
import './registry.css';
import { type Design, registryDefaultIds, samePath } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { PolicyStatementList } from '../entities/PolicyStatementList';
import { DesignSection } from '../layout/DesignSection';
import { CreationTemplatesSection } from './CreationTemplatesSection';
import { ExclusionsSection } from './ExclusionsSection';
import { SingletonIdFields } from './IdFields';
import { PullThroughCacheSection } from './PullThroughCacheSection';
import { RegistryMatchPanel } from './RegistryMatchPanel';
import { ReplicationSection } from './ReplicationSection';
import { useSetRegistryParts } from './registryParts';
import type { RegistryState } from './registryState';
import { ScanningSection } from './ScanningSection';
import { SigningSection } from './SigningSection';

interface RegistrySectionProps {
  /** The whole design, for the panel that says which rules apply to a repository name. */
  design: Design;
  registry: RegistryState;
  inputErrors: Record<string, string>;
}

const replicationStatement = {
  actions: ['ecr:CreateRepository', 'ecr:ReplicateImage'],
  resources: ['arn:aws:ecr:us-east-1:123456789012:repository/*'],
};

/** Construct ids in use in the stack: a new entry's id must not take one. */
function useTakenIds(registry: RegistryState): string[] {
  const { entities, repositories } = useEntitiesView();
  const { keys, principals, topics, queues, functions } = entities;
  return [
    ...[keys, principals, topics, queues, functions].flatMap((list) => list.map((e) => e.id)),
    ...repositories.map((r) => r.settings.id),
    ...registry.templates.map((t) => t.settings.id),
    ...(registry.parts.pullThroughCacheRules ?? []).map((r) => r.id),
    ...(registry.parts.pullTimeUpdateExclusions ?? []).map((e) => e.id),
  ];
}

export default function RegistrySection({ design, registry, inputErrors }: RegistrySectionProps) {
  const set = useSetRegistryParts();
  const { parts } = registry;
  const takenIds = useTakenIds(registry);
  const policy = parts.policy;
  const { findings } = useEntitiesView();
  const policyFindings = (field: string) =>
    findings.filter((f) => samePath(f.path, ['registry', 'policy', field]));
  return (
    <DesignSection id="section-registry" title="Registry">
      <div className="registry-section" data-testid="registry-section">
        <p className="section-help">
          The registry-level resources around the repositories, each an L1 construct of aws-cdk-lib
          (there is no L2 for them). They apply to every repository of the account and Region, those
          of this stack and those ECR creates itself.
        </p>
        <RegistryMatchPanel design={design} />
        <CreationTemplatesSection
          templates={registry.templates}
          takenIds={takenIds}
          inputErrors={inputErrors}
        />
        <ReplicationSection replication={parts.replication} set={set} />
        <PullThroughCacheSection
          rules={parts.pullThroughCacheRules ?? []}
          takenIds={takenIds}
          set={set}
        />
        <ScanningSection scanning={parts.scanning} set={set} />
        <SigningSection signing={parts.signing} set={set} />
        <ExclusionsSection
          exclusions={parts.pullTimeUpdateExclusions ?? []}
          takenIds={takenIds}
          set={set}
        />
        {policy && (
          <SingletonIdFields
            value={policy}
            what="registry policy"
            defaultId={registryDefaultIds.policy}
            findings={{ id: policyFindings('id'), logicalId: policyFindings('logicalId') }}
            id={(field) => `registry-policy-${field}`}
            onChange={(value, typing) => set({ policy: value }, typing && `policy.${typing}`)}
          />
        )}
        <PolicyStatementList
          idPrefix="registry"
          title="Registry policy"
          field="policy.statements"
          statements={policy?.statements ?? []}
          path={['registry', 'policy', 'statements']}
          newStatement={replicationStatement}
          resourcesHelp="Repository ARNs the statement covers, e.g. arn:aws:ecr:region:account:repository/*."
          onChange={(statements, typing) => {
            const kept = { ...policy, statements };
            const empty =
              statements.length === 0 && kept.id === undefined && kept.logicalId === undefined;
            set({ policy: empty ? undefined : kept }, typing);
          }}
        />
      </div>
    </DesignSection>
  );
}
