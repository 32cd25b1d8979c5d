import { Suspense, useState } from 'react';
import type { Finding, RepositoryOutputs } from '../../engine/index';
import { LazyRepositoryEntities } from '../entities/lazySections';
import { FindingList } from '../findings/FindingList';
import { type RepositoryFindings, withUnshownFields } from '../findings/groupFindings';
import { DesignSection } from '../layout/DesignSection';
import { LazyPreviewPanel } from '../preview/lazyPreview';
import { RuleCountsContext } from '../preview/RuleCountsContext';
import type { RuleCounts } from '../preview/ruleCounts';
import { RuleList } from '../rules/RuleList';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { RepositorySettingsForm } from './RepositorySettingsForm';
import { repositoryHelp } from './repositoryHelp';

interface RepositoryPanelProps {
  entry: RepositoryEntry;
  outputs: RepositoryOutputs | undefined;
  /** The engine is still loading: no priorities yet, and no error either. */
  pending: boolean;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
  /** The preview's errors on rules that expire or archive images in use. */
  onPreviewFindings: (findings: readonly Finding[]) => void;
}

/** encryptionKey, eventRules and resourcePolicy are shown by app/entities (RepositoryEntities, EntitiesPanel). */
const shownFields = [
  ...Object.keys(repositoryHelp),
  'encryptionKey',
  'eventRules',
  'resourcePolicy',
];

/**
 * The selected repository: its lifecycle rules with their preview first (why people come),
 * then its own settings. Access and events follow in app/entities/EntitiesPanel.
 */
export function RepositoryPanel(props: RepositoryPanelProps) {
  const { entry, outputs, pending, findings, inputErrors, onPreviewFindings } = props;
  const [ruleCounts, setRuleCounts] = useState<ReadonlyMap<number, RuleCounts> | null>(null);
  return (
    <div className="repository-panel" data-testid={testIds.repositoryForm}>
      <section
        id="section-lifecycle"
        className="design-section"
        aria-labelledby="section-lifecycle-title"
      >
        <h2 id="section-lifecycle-title" className="visually-hidden">
          Lifecycle of <code>{entry.settings.id}</code>
        </h2>
        <RuleCountsContext value={ruleCounts}>
          <RuleList
            repository={entry}
            priorities={pending ? 'pending' : outputs?.priorities}
            findings={findings}
            inputErrors={inputErrors}
          />
        </RuleCountsContext>
        <Suspense fallback={null}>
          <LazyPreviewPanel
            key={entry.key}
            owner={{ kind: 'repository', entry }}
            onCounts={setRuleCounts}
            onFindings={onPreviewFindings}
          />
        </Suspense>
      </section>
      <DesignSection
        id="section-repository"
        title={
          <>
            Repository <code>{entry.settings.id}</code>
          </>
        }
      >
        <FindingList findings={withUnshownFields(findings, shownFields)} />
        <RepositorySettingsForm
          key={entry.key}
          entry={entry}
          findings={findings}
          inputErrors={inputErrors}
          logicalId={outputs?.logicalId}
        />
        <Suspense fallback={null}>
          <LazyRepositoryEntities entry={entry} />
        </Suspense>
      </DesignSection>
    </div>
  );
}
