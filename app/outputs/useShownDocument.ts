import { useMemo } from 'react';
import { type OutputDocument, outputDocuments } from './outputDocuments';
import type { Outputs } from './useOutputs';
import type { OutputTab } from './useOutputTab';

/**
 * The output on screen as a document: what the output pane shows, copies and downloads, and
 * what the Share menu copies as Markdown.
 */
export function useShownDocument(
  outputs: Outputs,
  tab: OutputTab,
  stackName: string,
  selectedKey: string | undefined,
): OutputDocument {
  const { shown } = outputs;
  const docs = useMemo(
    () => outputDocuments(shown, stackName, selectedKey),
    [shown, stackName, selectedKey],
  );
  return docs.find((d) => d.id === tab.docId)!;
}
