import type { RepositoryOutputs } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { type RepositoryFindings, withUnshownFields } from '../findings/groupFindings';
import { RuleList } from '../rules/RuleList';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';
import { RepositorySettingsForm } from './RepositorySettingsForm';
import { repositoryHelp } from './repositoryHelp';

interface RepositoryPanelProps {
  entry: RepositoryEntry;
  outputs: RepositoryOutputs | undefined;
  findings: RepositoryFindings | undefined;
  inputErrors: Record<string, string>;
}

const shownFields = Object.keys(repositoryHelp);

/** The selected repository: its fields, then its lifecycle rules. */
export function RepositoryPanel({ entry, outputs, findings, inputErrors }: RepositoryPanelProps) {
  return (
    <section
      className="repository-panel"
      aria-labelledby={`${entry.key}-title`}
      data-testid={testIds.repositoryForm}
    >
      <h2 id={`${entry.key}-title`} className="panel-title">
        Repository <code>{entry.settings.id}</code>
      </h2>
      <FindingList findings={withUnshownFields(findings, shownFields)} />
      <RepositorySettingsForm
        key={`${entry.key}:${entry.rev}`}
        entry={entry}
        findings={findings}
        inputErrors={inputErrors}
        logicalId={outputs?.logicalId}
      />
      <RuleList
        repository={entry}
        priorities={outputs?.priorities}
        findings={findings}
        inputErrors={inputErrors}
      />
    </section>
  );
}
