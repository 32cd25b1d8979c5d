import { useState } from 'react';
import type { SampleImage } from '../../engine/index';
import type { PreviewFileKind } from '../preview/imageOutput';
import {
  addInUseText,
  loadImagesText,
  loadManifestsText,
  type PreviewTarget,
} from '../preview/loadInputs';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';

/** The repository whose lifecycle preview takes images, and the images it has. */
export interface PreviewDestination {
  target: PreviewTarget;
  images: readonly SampleImage[];
}

interface ImagesToPreviewProps {
  kind: PreviewFileKind;
  text: string;
  source: string;
  preview: PreviewDestination | undefined;
  onDone: () => void;
}

const descriptions: Record<PreviewFileKind, string> = {
  'describe-images': 'aws ecr describe-images output: the images of a repository',
  'batch-get-image': 'aws ecr batch-get-image output: the manifests of image indexes',
  'sample-images': 'a list of sample images',
  'in-use': 'a list of where images run (kubectl, ECS or Lambda output)',
};

/**
 * AWS output about a repository's images is no template: the import dialog offers to read it
 * into the selected repository's lifecycle preview, where it shows what the policy would do.
 */
export function ImagesToPreview({ kind, text, source, preview, onDone }: ImagesToPreviewProps) {
  const dispatch = useDispatch();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const what = descriptions[kind];
  const read = async () => {
    if (!preview) return;
    setBusy(true);
    const { target, images } = preview;
    const failed =
      kind === 'batch-get-image'
        ? await loadManifestsText(target, images, text, source, dispatch)
        : kind === 'in-use'
          ? await addInUseText(target, text, source)
          : await loadImagesText(target, text, source, dispatch);
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
        policy would do to the images.
      </p>
      {preview ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={read}>
          {busy
            ? 'Reading…'
            : kind === 'in-use'
              ? `Add to the images in use of ${preview.target.id}`
              : `Read into the preview of ${preview.target.id}`}
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
