/**
 * What a person brought to a repository's preview besides its images: where images run (each
 * file or paste read once into references), the policy in force, and the timeline's length.
 * Kept per repository for the session outside the panel, which remounts when another
 * repository is selected; not in the design, so not in the link, the design file or undo.
 */
import { useSyncExternalStore } from 'react';
import type { Design, Finding, ImageUse, InUseFormat } from '../../engine/index';

export interface InUseSource {
  /** The file's name, or "pasted 1". */
  name: string;
  uses: ImageUse[];
  formats: InUseFormat[];
  findings: Finding[];
}

export interface InForceSource {
  name: string;
  design: Design;
  repositoryId?: string;
  findings: Finding[];
}

/** Where the images came from, when they were read from AWS output. */
export interface ImageSource {
  name: string;
  format: 'describe-images' | 'sample-images' | 'unknown';
  repository?: { name: string; registryId?: string };
  withManifests: boolean;
}

export interface PreviewInputState {
  imageSource?: ImageSource;
  /** Warnings of reading the images (other repositories left out, indexes without manifests). */
  imageFindings?: Finding[];
  inUse: InUseSource[];
  inForce?: InForceSource;
  /** The timeline's length in days. */
  days: number;
}

export const timelineChoices = [30, 90, 180, 365] as const;
const initial: PreviewInputState = { inUse: [], days: 90 };

const states = new Map<string, PreviewInputState>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function previewInputsOf(repositoryKey: string): PreviewInputState {
  return states.get(repositoryKey) ?? initial;
}

export function updatePreviewInputs(
  repositoryKey: string,
  change: (state: PreviewInputState) => PreviewInputState,
): void {
  states.set(repositoryKey, change(previewInputsOf(repositoryKey)));
  for (const listener of listeners) listener();
}

/** The inputs of one repository's preview, re-rendering when they change. */
export function usePreviewInputs(repositoryKey: string): PreviewInputState {
  return useSyncExternalStore(subscribe, () => previewInputsOf(repositoryKey));
}
