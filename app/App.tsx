import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { defaultStackName, type Finding } from '../engine/index';
import type { PreviewDestination } from './import/ImagesToPreview';
import { DesignPane } from './layout/DesignPane';
import { Header, type HeaderContent } from './layout/Header';
import { type PhoneView, PhoneViewBar } from './layout/PhoneViews';
import { ProblemBanner } from './layout/ProblemBanner';
import { SkipLinks } from './layout/SkipLinks';
import { SplitLayout } from './layout/SplitLayout';
import { Notice, UndoToast } from './layout/Toasts';
import { useTheme } from './layout/useTheme';
import { useUndoShortcuts } from './layout/useUndoShortcuts';
import { OutputPane } from './outputs/OutputPane';
import { useOutputs } from './outputs/useOutputs';
import { useOutputTab } from './outputs/useOutputTab';
import { useShownDocument } from './outputs/useShownDocument';
import { markOnce } from './perf';
import { AutosaveWarning } from './persistence/AutosaveWarning';
import type { Startup, StartupProblem } from './persistence/startup';
import { usePersistence } from './persistence/usePersistence';
import { DispatchContext } from './state/DesignerContext';
import { designOf, type RepositoryEntry } from './state/designerState';
import { historyReducer } from './state/history';
import { useLatest } from './state/useLatest';
import { perfMarks } from './testIds';

/**
 * Owns the design (one reducer, with its undo history); everything else is derived from it
 * or sent to it. `startup` was read from the URL and the autosave before the first render.
 */
export function App({ startup }: { startup: Startup }) {
  const [state, dispatch] = useReducer(historyReducer, startup.state);
  const [problems, setProblems] = useState(startup.problems);
  const theme = useTheme();
  const [phoneView, setPhoneView] = useState<PhoneView>('design');
  const { stackName, repositories, entities, stack, registry, generation, inputErrors } = state;
  const { selectedKey } = state;
  const design = useMemo(
    () => designOf({ stackName, repositories, entities, stack, registry }),
    [stackName, repositories, entities, stack, registry],
  );
  const repositoryKeys = useMemo(() => repositories.map((r) => r.key), [repositories]);
  const outputTab = useOutputTab();
  const outputs = useOutputs(
    design,
    repositoryKeys,
    generation,
    Object.keys(inputErrors).length,
    outputTab.output,
  );
  const shownDocument = useShownDocument(
    outputs,
    outputTab,
    stackName ?? defaultStackName,
    selectedKey,
  );
  const view = useMemo(() => ({ design, outputs }), [design, outputs]);
  // The preview's errors on rules that would expire images in use join the design's findings.
  const [previewFindings, setPreviewFindings] = useState<readonly Finding[]>([]);
  const selectedIndex = repositories.findIndex((r) => r.key === selectedKey);
  const selected = repositories[selectedIndex];

  // What the header's menus and the autosave warning act on, read when they act.
  const latest = useLatest({ design, doc: shownDocument, selected });
  const headerContent = useCallback((): HeaderContent => {
    const { design, doc, selected } = latest();
    return { design, doc, preview: previewDestinationOf(selected) };
  }, [latest]);
  const latestDesign = useCallback(() => latest().design, [latest]);
  const messages = useMemo(
    () => (
      <>
        <UndoToast toast={state.toast} />
        <Notice notice={state.notice} />
      </>
    ),
    [state.toast, state.notice],
  );

  useEffect(() => markOnce(perfMarks.formReady), []);
  useUndoShortcuts(dispatch);
  const onLinkProblem = useCallback(
    (problem: StartupProblem) =>
      setProblems((current) => [problem, ...current.filter((p) => p.id !== problem.id)]),
    [],
  );
  const persistence = usePersistence(design, startup, dispatch, onLinkProblem);
  const dismissProblem = useCallback(
    (id: string) => setProblems((current) => current.filter((p) => p.id !== id)),
    [],
  );

  return (
    <DispatchContext value={dispatch}>
      <div className="app" data-view={phoneView}>
        <SkipLinks onView={setPhoneView} />
        <Header
          content={headerContent}
          docLabel={shownDocument.label}
          docEmpty={shownDocument.text === ''}
          theme={theme.preference}
          onThemeChange={theme.setPreference}
          canUndo={state.history.past.length > 0}
          canRedo={state.history.future.length > 0}
          linkChars={persistence.linkChars}
          messages={messages}
        />
        <ProblemBanner problems={problems} onDismiss={dismissProblem} />
        <AutosaveWarning failure={persistence.autosaveFailure} design={latestDesign} />
        <main className="app-main">
          <SplitLayout
            left={
              <DesignPane
                state={state}
                view={view}
                previewFindings={previewFindings}
                onPreviewFindings={setPreviewFindings}
              />
            }
            right={
              <OutputPane
                outputs={outputs}
                tab={outputTab}
                doc={shownDocument}
                design={design}
                stackName={stackName ?? defaultStackName}
                selectedIndex={selectedIndex}
                dark={theme.dark}
              />
            }
          />
        </main>
        <PhoneViewBar view={phoneView} onChange={setPhoneView} />
      </div>
    </DispatchContext>
  );
}

/** The selected repository's preview, where images read from AWS output go. */
function previewDestinationOf(
  selected: RepositoryEntry | undefined,
): PreviewDestination | undefined {
  if (!selected) return undefined;
  const { id, repositoryName } = selected.settings;
  const target = { key: selected.key, id, ...(repositoryName !== undefined && { repositoryName }) };
  return { target, images: selected.settings.sampleImages ?? [] };
}
