import { useLayoutEffect, useRef, useState } from 'react';
import type { LifecycleRuleDesign } from '../../engine/index';
import { EntitySection } from '../entities/EntityCard';
import { useDispatch } from '../state/DesignerContext';
import { uniqueName } from '../state/newEntries';
import { CreationTemplateCard } from './CreationTemplateCard';
import type { TemplateEntry, TemplateSettings } from './registryState';

/**
 * The repository creation templates. A new or copied template's card gets the focus, in its
 * first field (the copy sits right below its source).
 */
export function CreationTemplatesSection({
  templates,
  takenIds,
  inputErrors,
}: {
  templates: readonly TemplateEntry[];
  /** Construct ids in use in the stack, for a new template's. */
  takenIds: readonly string[];
  inputErrors: Record<string, string>;
}) {
  const dispatch = useDispatch();
  // The template whose lifecycle preview is open: one at a time, none at first.
  const [previewKey, setPreviewKey] = useState<string | undefined>(undefined);
  const known = useRef<ReadonlySet<string> | undefined>(undefined);
  useLayoutEffect(() => {
    const before = known.current;
    known.current = undefined;
    const added = before && templates.find((t) => !before.has(t.key));
    if (added) document.getElementById(`${added.key}-id`)?.focus();
  }, [templates]);
  const prefixes = templates.map((t) => t.settings.prefix);
  const add = (settings: TemplateSettings, rules: readonly LifecycleRuleDesign[], at: number) => {
    known.current = new Set(templates.map((t) => t.key));
    dispatch({ type: 'registry/addTemplate', settings, rules, at });
  };
  return (
    <EntitySection
      id="registry-templates"
      title="Repository creation templates"
      help="ecr.CfnRepositoryCreationTemplate: the settings ECR gives the repositories it creates itself (pull-through cache, replication, create on push), by name prefix."
      addLabel="Add creation template"
      onAdd={() =>
        add(
          {
            id: uniqueName('CreationTemplate', takenIds),
            // ROOT first (every repository no other template matches), then a prefix.
            prefix: prefixes.includes('ROOT') ? uniqueName('team', prefixes, '-') : 'ROOT',
            appliedFor: ['PULL_THROUGH_CACHE'],
          },
          [],
          templates.length,
        )
      }
      empty="No creation templates: repositories ECR creates get ECR’s defaults (no lifecycle policy)."
      count={templates.length}
    >
      {templates.map((entry, index) => (
        <CreationTemplateCard
          key={entry.key}
          entry={entry}
          index={index}
          inputErrors={inputErrors}
          previewOpen={previewKey === entry.key}
          onPreview={(open) => setPreviewKey(open ? entry.key : undefined)}
          onDuplicate={() => {
            // A kept logical ID stays with the original: two resources cannot share it.
            const { logicalId: _kept, ...settings } = entry.settings;
            const copy = {
              ...settings,
              id: uniqueName(`${settings.id}Copy`, takenIds),
              prefix: uniqueName(`${settings.prefix}-copy`, prefixes, '-'),
            };
            add(
              copy,
              entry.rules.map((r) => r.rule),
              index + 1,
            );
          }}
        />
      ))}
    </EntitySection>
  );
}
