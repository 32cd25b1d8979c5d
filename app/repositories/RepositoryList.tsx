import { countOf, type Finding } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { countBySeverity, type GroupedFindings } from '../findings/groupFindings';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';

interface RepositoryListProps {
  repositories: readonly RepositoryEntry[];
  selectedKey: string | undefined;
  findings: GroupedFindings;
  onRename: (key: string) => void;
}

function allFindings(findings: GroupedFindings, index: number): Finding[] {
  const group = findings.repositories.get(index);
  if (!group) return [];
  return [
    ...group.own,
    ...[...group.byField.values()].flat(),
    ...group.rulesSection,
    ...[...group.rules.values()].flatMap((r) => [...r.own, ...[...r.byField.values()].flat()]),
  ];
}

/** In the output status's words: errors stop the outputs, deploy-time errors stop a deploy. */
function Badge({ findings }: { findings: Finding[] }) {
  const counts = countBySeverity(findings);
  const errors = [
    counts.error > 0 && countOf(counts.error, 'error'),
    counts['deploy-error'] > 0 && countOf(counts['deploy-error'], 'deploy-time error'),
  ].filter(Boolean);
  if (errors.length > 0) return <span className="badge badge-error">{errors.join(' · ')}</span>;
  if (counts.warning === 0) return null;
  return <span className="badge badge-warning">{countOf(counts.warning, 'warning')}</span>;
}

/** The stack's repositories: select, add, duplicate, remove, rename. */
export function RepositoryList({
  repositories,
  selectedKey,
  findings,
  onRename,
}: RepositoryListProps) {
  const dispatch = useDispatch();
  return (
    <section className="repositories" aria-labelledby="repositories-title">
      <div className="section-header">
        <h2 id="repositories-title">Repositories</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => dispatch({ type: 'addRepository' })}
        >
          Add repository
        </button>
      </div>
      <FindingList findings={findings.repositoriesSection} />
      {repositories.length === 0 ? (
        <p className="empty-note">No repositories yet. Add one to start.</p>
      ) : (
        <ul className="repository-list" data-testid={testIds.repositoryList}>
          {repositories.map((entry, index) => {
            const selected = entry.key === selectedKey;
            const id = entry.settings.id;
            return (
              <li key={entry.key} className={`repository-item${selected ? ' is-selected' : ''}`}>
                <button
                  type="button"
                  className="repository-select"
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => dispatch({ type: 'selectRepository', key: entry.key })}
                >
                  <span className="repository-id">{id}</span>
                  {entry.settings.repositoryName && (
                    <span className="repository-name">{entry.settings.repositoryName}</span>
                  )}
                  <Badge findings={allFindings(findings, index)} />
                </button>
                <span className="repository-actions">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => onRename(entry.key)}
                  >
                    Rename<span className="visually-hidden"> {id}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => dispatch({ type: 'duplicateRepository', key: entry.key })}
                  >
                    Duplicate<span className="visually-hidden"> {id}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small button-danger"
                    onClick={() => dispatch({ type: 'removeRepository', key: entry.key })}
                  >
                    Remove<span className="visually-hidden"> {id}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
