/**
 * A creation template's lifecycle rule cards and, when the person asks for it, the lifecycle
 * preview of a repository the template creates: the same panel as a repository's (app/preview),
 * evaluating the template's rules with the priorities its cards show, the counts on its cards.
 * One template's preview is open at a time (CreationTemplatesSection), and nothing of it runs
 * until it is opened: the Registry section is never shown while a repository is edited.
 */
import { Suspense, useState } from 'react';
import type { Finding, RulePriority } from '../../engine/index';
import type { RepositoryFindings } from '../findings/groupFindings';
import { LazyPreviewPanel } from '../preview/lazyPreview';
import { RuleCountsContext } from '../preview/RuleCountsContext';
import type { RuleCounts } from '../preview/ruleCounts';
import { RuleList } from '../rules/RuleList';
import type { TemplateEntry } from './registryState';

interface TemplateRulesProps {
  entry: TemplateEntry;
  index: number;
  priorities: RulePriority[];
  findings: RepositoryFindings;
  inputErrors: Record<string, string>;
  previewOpen: boolean;
  onPreview: (open: boolean) => void;
}

/** The preview's at-risk errors go to repositories' rule cards; a template suggests no protection. */
const ignoreFindings = (_findings: readonly Finding[]) => {};

export function TemplateRules(props: TemplateRulesProps) {
  const { entry, index, priorities, findings, inputErrors, previewOpen, onPreview } = props;
  const [counts, setCounts] = useState<ReadonlyMap<number, RuleCounts> | null>(null);
  return (
    <>
      <RuleCountsContext value={previewOpen ? counts : null}>
        <RuleList
          repository={entry}
          priorities={priorities}
          findings={findings}
          inputErrors={inputErrors}
        />
      </RuleCountsContext>
      <button
        type="button"
        className="button button-small"
        aria-expanded={previewOpen}
        onClick={() => onPreview(!previewOpen)}
      >
        {previewOpen ? 'Hide lifecycle preview' : 'Preview lifecycle'}
      </button>
      {previewOpen && (
        <Suspense fallback={null}>
          <LazyPreviewPanel
            key={entry.key}
            owner={{ kind: 'template', entry, templateIndex: index }}
            onCounts={setCounts}
            onFindings={ignoreFindings}
          />
        </Suspense>
      )}
    </>
  );
}
