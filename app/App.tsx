import { useEffect, useMemo, useReducer } from 'react';
import { defaultStackName } from '../engine/index';
import { groupFindings } from './findings/groupFindings';
import { Header } from './layout/Header';
import { SplitLayout } from './layout/SplitLayout';
import { StackForm } from './layout/StackForm';
import { Notice, UndoToast } from './layout/Toasts';
import { useTheme } from './layout/useTheme';
import { OutputPane } from './outputs/OutputPane';
import { useOutputs } from './outputs/useOutputs';
import { markOnce } from './perf';
import { RepositoryList } from './repositories/RepositoryList';
import { RepositoryPanel } from './repositories/RepositoryPanel';
import { seedDesign } from './seedDesign';
import { DispatchContext } from './state/DesignerContext';
import { designerReducer } from './state/designerReducer';
import { designOf, initialState } from './state/designerState';
import { perfMarks } from './testIds';

/** Owns the design (one reducer); everything else is derived from it or sent to it. */
export function App() {
  const [state, dispatch] = useReducer(designerReducer, seedDesign, initialState);
  const theme = useTheme();
  const { stackName, repositories, generation, inputErrors, selectedKey } = state;
  const design = useMemo(() => designOf({ stackName, repositories }), [stackName, repositories]);
  const repositoryKeys = useMemo(() => repositories.map((r) => r.key), [repositories]);
  const outputs = useOutputs(design, repositoryKeys, generation, Object.keys(inputErrors).length);
  const findings = useMemo(() => groupFindings(outputs.current.findings), [outputs.current]);
  const selectedIndex = repositories.findIndex((r) => r.key === selectedKey);
  const selected = repositories[selectedIndex];

  useEffect(() => markOnce(perfMarks.formReady), []);

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
    <DispatchContext value={dispatch}>
      <div className="app">
        <Header design={design} theme={theme.preference} onThemeChange={theme.setPreference} />
        <main className="app-main">
          <SplitLayout
            left={
              <div className="designer">
                <StackForm
                  key={generation}
                  stackName={stackName}
                  findings={findings.stackName}
                  designFindings={findings.design}
                />
                <RepositoryList
                  repositories={repositories}
                  selectedKey={selectedKey}
                  findings={findings}
                  onRename={rename}
                />
                {selected && (
                  <RepositoryPanel
                    entry={selected}
                    outputs={outputs.current.repositories[selectedIndex]}
                    findings={findings.repositories.get(selectedIndex)}
                    inputErrors={inputErrors}
                  />
                )}
              </div>
            }
            right={
              <OutputPane
                outputs={outputs}
                stackName={stackName ?? defaultStackName}
                selectedKey={selectedKey}
                dark={theme.dark}
              />
            }
          />
        </main>
        <UndoToast undo={state.undo} />
        <Notice notice={state.notice} />
      </div>
    </DispatchContext>
  );
}
