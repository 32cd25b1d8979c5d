import type { Finding } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { FindingsBadge } from '../findings/FindingsBadge';
import { allFieldFindings, type GroupedFindings } from '../findings/groupFindings';
import { registryKey } from '../registry/registryState';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { testIds } from '../testIds';

interface RepositoryListProps {
  repositories: readonly RepositoryEntry[];
  selectedKey: string | undefined;
  findings: GroupedFindings;
  /** The findings of the design's registry part, for the Registry entry's badge. */
  registryFindings: readonly Finding[];
  onRename: (key: string) => void;
}

function allFindings(findings: GroupedFindings, index: number): Finding[] {
  const group = findings.repositories.get(index);
  if (!group) return [];
  return [
    ...allFieldFindings(group),
    ...group.rulesSection,
    ...[...group.rules.values()].flatMap(allFieldFindings),
  ];
}

/** The stack's repositories: select, add, duplicate, remove, rename. */
export function RepositoryList({
  repositories,
  selectedKey,
  findings,
  registryFindings,
  onRename,
}: RepositoryListProps) {
  const dispatch = useDispatch();
  const registrySelected = selectedKey === registryKey;
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
                  <FindingsBadge findings={allFindings(findings, index)} />
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
      <ul className="repository-list registry-entry" aria-label="Registry">
        <li className={`repository-item${registrySelected ? ' is-selected' : ''}`}>
          <button
            type="button"
            className="repository-select registry-select"
            aria-current={registrySelected ? 'true' : undefined}
            onClick={() => dispatch({ type: 'selectRepository', key: registryKey })}
          >
            <span className="repository-id">Registry</span>
            <span className="repository-name">
              creation templates, replication, pull-through cache, scanning, signing, policy
            </span>
            <FindingsBadge findings={registryFindings} />
          </button>
        </li>
      </ul>
    </section>
  );
}
