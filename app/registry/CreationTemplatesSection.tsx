import { useLayoutEffect, useRef } from 'react';
import { EntitySection } from '../entities/EntityCard';
import { useDispatch } from '../state/DesignerContext';
import { CreationTemplateCard } from './CreationTemplateCard';
import type { TemplateEntry } from './registryState';

/**
 * The repository creation templates. A new or copied template's card gets the focus, in its
 * first field (the copy sits right below its source).
 */
export function CreationTemplatesSection({
  templates,
  inputErrors,
}: {
  templates: readonly TemplateEntry[];
  inputErrors: Record<string, string>;
}) {
  const dispatch = useDispatch();
  const known = useRef<ReadonlySet<string> | undefined>(undefined);
  useLayoutEffect(() => {
    const before = known.current;
    known.current = undefined;
    const added = before && templates.find((t) => !before.has(t.key));
    if (added) document.getElementById(`${added.key}-id`)?.focus();
  }, [templates]);
  const expectNew = () => {
    known.current = new Set(templates.map((t) => t.key));
  };
  return (
    <EntitySection
      id="registry-templates"
      title="Repository creation templates"
      help="ecr.CfnRepositoryCreationTemplate: the settings ECR gives the repositories it creates itself (pull-through cache, replication, create on push), by name prefix."
      addLabel="Add creation template"
      onAdd={() => {
        expectNew();
        dispatch({ type: 'registry/addTemplate' });
      }}
      empty="No creation templates: repositories ECR creates get ECR’s defaults (no lifecycle policy)."
      count={templates.length}
    >
      {templates.map((entry, index) => (
        <CreationTemplateCard
          key={entry.key}
          entry={entry}
          index={index}
          inputErrors={inputErrors}
          onDuplicate={() => {
            expectNew();
            dispatch({ type: 'registry/duplicateTemplate', key: entry.key });
          }}
        />
      ))}
    </EntitySection>
  );
}
