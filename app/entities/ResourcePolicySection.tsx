import type { FieldPath, PolicyStatementDesign } from '../../engine/index';
import { useDispatch } from '../state/DesignerContext';
import type { RepositoryEntry } from '../state/designerState';
import { PolicyStatementList } from './PolicyStatementList';

/** The selected repository's resource policy statements. */
export function ResourcePolicySection({
  entry,
  path,
}: {
  entry: RepositoryEntry;
  /** The repository's path in the design. */
  path: FieldPath;
}) {
  const dispatch = useDispatch();
  const set = (next: PolicyStatementDesign[], typing?: string) =>
    dispatch({
      type: 'entities/setRepository',
      repositoryKey: entry.key,
      patch: { resourcePolicy: next },
      typing,
    });
  return (
    <PolicyStatementList
      idPrefix={entry.key}
      title="Resource policy"
      field="resourcePolicy"
      statements={entry.settings.resourcePolicy ?? []}
      path={[...path, 'resourcePolicy']}
      onChange={set}
    />
  );
}
