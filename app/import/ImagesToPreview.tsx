import { useState } from 'react';
import type { SampleImage } from '../../engine/index';
import { loadImagesText, loadManifestsText, type PreviewTarget } from '../preview/loadInputs';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';

/** The repository whose lifecycle preview takes images, and the images it has. */
export interface PreviewDestination {
  target: PreviewTarget;
  images: readonly SampleImage[];
}

interface ImagesToPreviewProps {
  kind: 'describe-images' | 'batch-get-image';
  text: string;
  source: string;
  preview: PreviewDestination | undefined;
  onDone: () => void;
}

/**
 * AWS output about a repository's images is no template: the import dialog offers to read it
 * into the selected repository's lifecycle preview, where it shows what the policy would do.
 */
export function ImagesToPreview({ kind, text, source, preview, onDone }: ImagesToPreviewProps) {
  const dispatch = useDispatch();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const what =
    kind === 'describe-images'
      ? 'aws ecr describe-images output: the images of a repository'
      : 'aws ecr batch-get-image output: the manifests of image indexes';
  const read = async () => {
    if (!preview) return;
    setBusy(true);
    const failed =
      kind === 'describe-images'
        ? await loadImagesText(preview.target, text, source, dispatch)
        : await loadManifestsText(preview.target, preview.images, text, source, dispatch);
    setBusy(false);
    setProblem(failed);
    if (failed !== undefined) return;
    onDone();
    // The preview is where the images now show; bring it into view.
    requestAnimationFrame(() =>
      document.querySelector(`[data-testid="${testIds.preview}"]`)?.scrollIntoView(),
    );
  };
  return (
    <div className="import-report" data-testid={testIds.importReport}>
      <p role="status">
        This is {what}. It changes no resource: the lifecycle preview reads it to show what the
        policy would do to those images.
      </p>
      {preview ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={read}>
          {busy ? 'Reading…' : `Read into the preview of ${preview.target.id}`}
        </button>
      ) : (
        <p>Add a repository first: the images go to its preview.</p>
      )}
      {problem && (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
