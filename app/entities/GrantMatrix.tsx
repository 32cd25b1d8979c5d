import { useState } from 'react';
import { ChipField } from '../fields/ChipField';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { findingsUnder } from './entityFindings';
import {
  cellName,
  customActions,
  describeGrant,
  grantColumns,
  hasGrant,
  toggledGrants,
  withCustomActions,
} from './grantMatrix';

/** Grants whose findings the matrix cannot show in a cell: listed with a way to remove them. */
function GrantProblems() {
  const { entities, findings } = useEntitiesView();
  const dispatch = useDispatch();
  const rows = entities.grants.flatMap((grant, index) => {
    const found = findingsUnder(findings, ['grants', index]).rest();
    return found.length === 0 ? [] : [{ grant, index, found }];
  });
  if (rows.length === 0) return null;
  return (
    <ul className="grant-problems" aria-label="Grants with problems">
      {rows.map(({ grant, index, found }) => (
        <li key={index}>
          <code>{describeGrant(grant)}</code>
          <FindingList findings={found} />
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() =>
              dispatch({
                type: 'entities/setGrants',
                grants: entities.grants.filter((_, i) => i !== index),
              })
            }
          >
            Remove grant {describeGrant(grant)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Principal × permission: each cell a checkbox for one grant call; the repository columns
 * are for the repository picked above the table, the two token columns for the registry.
 */
export function GrantMatrix() {
  const { entities, repositories } = useEntitiesView();
  const dispatch = useDispatch();
  const repositoryIds = repositories.map((r) => r.settings.id);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const repository =
    picked !== undefined && repositoryIds.includes(picked) ? picked : repositoryIds[0];
  const { grants, principals } = entities;
  const setGrants = (next: typeof grants) => dispatch({ type: 'entities/setGrants', grants: next });

  return (
    <section className="entity-section" aria-labelledby="grants-title">
      <div className="section-header">
        <h3 id="grants-title">Grants</h3>
      </div>
      <p className="section-help">
        repository.grantPull(principal) and the like, and ecr.AuthorizationToken.grantRead — made
        after every construct, in the order they were ticked.
      </p>
      {principals.length === 0 ? (
        <p className="empty-note">Add a principal to grant it access.</p>
      ) : (
        <>
          {repository !== undefined && (
            <div className="field">
              <label className="field-label" htmlFor="grant-repository">
                Repository columns for
              </label>
              <select
                id="grant-repository"
                className="input"
                value={repository}
                onChange={(event) => setPicked(event.target.value)}
              >
                {repositoryIds.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="grant-table-scroll">
            <table className="grant-table">
              <caption className="visually-hidden">Grants by principal and permission</caption>
              <thead>
                <tr>
                  <th scope="col">Principal</th>
                  {grantColumns.map((column) =>
                    column.kind === 'repository' && repository === undefined ? null : (
                      <th scope="col" key={column.grant} title={column.grant}>
                        {column.label}
                      </th>
                    ),
                  )}
                  {repository !== undefined && <th scope="col">Actions (grant)</th>}
                </tr>
              </thead>
              <tbody>
                {principals.map((principal) => (
                  <tr key={principal.id}>
                    <th scope="row">{principal.id}</th>
                    {grantColumns.map((column) =>
                      column.kind === 'repository' && repository === undefined ? null : (
                        <td key={column.grant}>
                          <input
                            type="checkbox"
                            className="checkbox"
                            aria-label={cellName(column, principal.id, repository)}
                            checked={hasGrant(grants, column, principal.id, repository)}
                            onChange={(event) =>
                              setGrants(
                                toggledGrants(
                                  grants,
                                  column,
                                  principal.id,
                                  repository,
                                  event.target.checked,
                                ),
                              )
                            }
                          />
                        </td>
                      ),
                    )}
                    {repository !== undefined && (
                      <td className="grant-actions">
                        <ChipField
                          id={`grant-actions-${principal.id}`}
                          label={`${principal.id}: ${repository}.grant actions`}
                          help=""
                          findings={[]}
                          entryName="action"
                          placeholder="ecr:…, Enter"
                          value={customActions(grants, principal.id, repository)}
                          onChange={(actions) =>
                            setGrants(withCustomActions(grants, principal.id, repository, actions))
                          }
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <GrantProblems />
    </section>
  );
}
