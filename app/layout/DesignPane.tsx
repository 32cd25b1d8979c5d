import { memo, Suspense, useMemo } from 'react';
import type { Design, Finding } from '../../engine/index';
import { EntitiesContext, isEntityFindingPath } from '../entities/EntitiesContext';
import {
  LazyEntitiesPanel,
  LazyOutputsSection,
  LazyRegistrySection,
} from '../entities/lazySections';
import { useGroupedFindings } from '../findings/useGroupedFindings';
import type { Outputs } from '../outputs/useOutputs';
import { registryKey } from '../registry/registryState';
import { RepositoryList } from '../repositories/RepositoryList';
import { RepositoryPanel } from '../repositories/RepositoryPanel';
import { useDispatch } from '../state/DesignerContext';
import type { DesignerState } from '../state/designerState';
import { usePaneState } from '../state/usePaneState';
import { type SectionId, sectionCounts } from './designSections';
import { SectionNav } from './SectionNav';
import { StackForm } from './StackForm';

interface DesignPaneProps {
  state: DesignerState;
  /** The state's design and its outputs. */
  view: { design: Design; outputs: Outputs };
  /** The preview's errors on rules that would expire images in use. */
  previewFindings: readonly Finding[];
  onPreviewFindings: (findings: readonly Finding[]) => void;
}

/**
 * The design side of the page: the stack, the repositories, the selected one's rules, preview
 * and settings, the registry and the shared entities. After a form's edit it renders at
 * deferred priority (usePaneState): here, so that only the pane renders twice.
 */
export function DesignPane({ state, view, ...props }: DesignPaneProps) {
  const pane = usePaneState(state, view);
  return (
    <PaneContent
      state={pane.state}
      design={pane.outputs.design}
      outputs={pane.outputs.outputs}
      {...props}
    />
  );
}

/** The pane's props with the state and view it shows. */
type PaneContentProps = Omit<DesignPaneProps, 'view'> & { design: Design; outputs: Outputs };

/** Memoized: a keystroke the pane shows a moment later does not render it at once. */
const PaneContent = memo(function PaneContent({
  state,
  design,
  outputs,
  previewFindings,
  onPreviewFindings,
}: PaneContentProps) {
  const dispatch = useDispatch();
  const { stackName, repositories, entities, stack, registry, selectedKey, inputErrors } = state;
  const allFindings = useMemo(
    () => [...outputs.findings, ...previewFindings],
    [outputs.findings, previewFindings],
  );
  const findings = useGroupedFindings(allFindings);
  const designFindings = useMemo(
    () => findings.design.filter((f) => !isEntityFindingPath(f.path)),
    [findings.design],
  );
  const registryFindings = useMemo(
    () => outputs.findings.filter((f) => f.path[0] === 'registry'),
    [outputs.findings],
  );
  const registryShown = selectedKey === registryKey;
  const selectedIndex = repositories.findIndex((r) => r.key === selectedKey);
  const counts = useMemo(
    () => sectionCounts(allFindings, selectedIndex),
    [allFindings, selectedIndex],
  );
  const entitiesView = useMemo(
    () => ({ entities, repositories, design, findings: outputs.findings }),
    [entities, repositories, design, outputs.findings],
  );
  const selected = repositories[selectedIndex];

  /** The section navigation asks for a section that is not shown: the Registry, or a repository's. */
  const showSection = (id: SectionId) => {
    if (id === 'section-registry') dispatch({ type: 'selectRepository', key: registryKey });
    else if (registryShown && repositories[0])
      dispatch({ type: 'selectRepository', key: repositories[0].key });
  };
  const rename = (key: string) => {
    dispatch({ type: 'selectRepository', key });
    // The field exists after the selection renders.
    requestAnimationFrame(() => {
      const input = document.getElementById(`${key}-id`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    });
  };

  return (
    <EntitiesContext value={entitiesView}>
      <div className="designer" id="design" tabIndex={-1}>
        <StackForm
          stackName={stackName}
          stack={stack}
          findings={findings.stackName}
          designFindings={designFindings}
        />
        <RepositoryList
          repositories={repositories}
          selectedKey={selectedKey}
          findings={findings}
          registryFindings={registryFindings}
          onRename={rename}
        />
        <SectionNav counts={counts} onShow={showSection} />
        {selected && (
          <RepositoryPanel
            entry={selected}
            outputs={outputs.current.repositories[selectedIndex]}
            pending={outputs.loading}
            findings={findings.repositories.get(selectedIndex)}
            inputErrors={inputErrors}
            onPreviewFindings={onPreviewFindings}
          />
        )}
        {registryShown && (
          <Suspense fallback={<p className="empty-note">Loading the registry…</p>}>
            <LazyRegistrySection design={design} registry={registry} inputErrors={inputErrors} />
          </Suspense>
        )}
        <Suspense fallback={null}>
          <LazyEntitiesPanel selected={selected} />
          <LazyOutputsSection />
        </Suspense>
      </div>
    </EntitiesContext>
  );
});
