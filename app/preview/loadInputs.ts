/**
 * Reading what a person pastes or drops into a repository's preview: the images (describe-images
 * output or sample images, into the design, undoably), the manifests of its indexes, where
 * images run, and the policy in force (into previewInputs.ts). Each resolves to a problem to
 * show, or undefined when the input was taken. The panel and the import dialog share them.
 */
import type { Dispatch } from 'react';
import {
  countOf,
  type Finding,
  FindingCode,
  type ReadImages,
  type SampleImage,
} from '../../engine/index';
import { findingLine } from '../findings/FindingText';
import type { HistoryAction } from '../state/history';
import {
  linkManifestsInWorker,
  readImagesInWorker,
  readInUseInWorker,
  readPolicyInWorker,
} from './previewClient';
import { type ImageSource, previewInputsOf, updatePreviewInputs } from './previewInputs';

export interface PreviewTarget {
  /** The repository entry's key in the designer state. */
  key: string;
  id: string;
  repositoryName?: string;
}

/** The first few errors, as one message ("imageDetails[3].imagePushedAt: expected …"). */
function problemOf(name: string, findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity !== 'warning');
  const shown = errors.slice(0, 3).map(findingLine);
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `${name} could not be read: ${shown.join('; ')}${more}.`;
}

const warningsOf = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === 'warning');

function takeImages(
  target: PreviewTarget,
  read: ReadImages,
  name: string,
  dispatch: Dispatch<HistoryAction>,
  source: ImageSource,
  message: string,
): string | undefined {
  if (!read.images) return problemOf(name, read.findings);
  if (read.images.length === 0) return `${name} holds no images of this repository.`;
  dispatch({ type: 'setSampleImages', repositoryKey: target.key, images: read.images, message });
  updatePreviewInputs(target.key, (state) => ({
    ...state,
    imageSource: source,
    imageFindings: warningsOf(read.findings),
  }));
  return undefined;
}

/** describe-images output (pages concatenated or in a list) or sample images replace the images. */
export async function loadImagesText(
  target: PreviewTarget,
  text: string,
  name: string,
  dispatch: Dispatch<HistoryAction>,
): Promise<string | undefined> {
  const read = await readImagesInWorker(text, {
    ...(target.repositoryName !== undefined && { repositoryName: target.repositoryName }),
  });
  const source: ImageSource = {
    name,
    format: read.format,
    ...(read.repository && { repository: read.repository }),
    withManifests: false,
  };
  const count = countOf(read.images?.length ?? 0, 'image');
  const message = `Read ${count} from ${name} into the preview of ${target.id}`;
  return takeImages(target, read, name, dispatch, source, message);
}

/** batch-get-image output: which of the images are children of which index. */
export async function loadManifestsText(
  target: PreviewTarget,
  images: readonly SampleImage[],
  text: string,
  name: string,
  dispatch: Dispatch<HistoryAction>,
): Promise<string | undefined> {
  if (images.length === 0)
    return 'Read the images first: the manifests say which of them belong together.';
  const read = await linkManifestsInWorker(images, text);
  const before = previewInputsOf(target.key).imageSource;
  const source: ImageSource = before
    ? { ...before, withManifests: true }
    : { name: 'the images', format: 'sample-images', withManifests: true };
  const children = read.images?.filter((i) => i.manifestListDigest !== undefined).length ?? 0;
  const message = `Read the manifests in ${name}: ${countOf(children, 'image')} belong to an index`;
  return takeImages(target, read, name, dispatch, source, message);
}

/** Where images run: kubectl, ECS, Lambda output, or one reference a line; added to the others. */
export async function addInUseText(
  target: PreviewTarget,
  text: string,
  name: string,
): Promise<string | undefined> {
  const read = await readInUseInWorker(text, name);
  const unreadable = read.findings.find((f) => f.code === FindingCode.unreadableInput);
  if (unreadable) return `${name} could not be read: ${unreadable.message}.`;
  if (read.findings.some((f) => f.severity !== 'warning')) return problemOf(name, read.findings);
  updatePreviewInputs(target.key, (state) => {
    const taken = new Set(state.inUse.map((s) => s.name));
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
    const source = {
      name: unique,
      uses: read.uses,
      formats: read.formats,
      findings: read.findings,
    };
    return { ...state, inUse: [...state.inUse, source] };
  });
  return undefined;
}

/** The policy in force: get-lifecycle-policy output, a policy, a template or a design. */
export async function setPolicyText(
  target: PreviewTarget,
  text: string,
  name: string,
): Promise<string | undefined> {
  const read = await readPolicyInWorker(text, {
    id: target.id,
    ...(target.repositoryName !== undefined && { repositoryName: target.repositoryName }),
  });
  const design = read.design;
  if (!design) return problemOf(name, read.findings);
  updatePreviewInputs(target.key, (state) => ({
    ...state,
    inForce: {
      name,
      design,
      ...(read.repositoryId !== undefined && { repositoryId: read.repositoryId }),
      findings: read.findings,
    },
  }));
  return undefined;
}
