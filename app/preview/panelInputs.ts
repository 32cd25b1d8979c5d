/**
 * The engine's PreviewInputs for the panel: the design without its images (the worker gets them
 * once beside it), where the previewed owner stands (a repository, or a creation template whose
 * created repositories are previewed), the images, and what the person brought.
 */
import { useContext, useMemo } from 'react';
import {
  type PreviewInputs,
  repositoryIdentity,
  type SampleImage,
  withoutSampleImages,
} from '../../engine/index';
import { EntitiesContext } from '../entities/EntitiesContext';
import type { TemplateEntry } from '../registry/registryState';
import type { RepositoryEntry } from '../state/designerState';
import type { PreviewInputState } from './previewInputs';

/** What the preview is of: a repository, or a creation template (with its index in the design). */
export type PreviewOwner =
  | { kind: 'repository'; entry: RepositoryEntry }
  | { kind: 'template'; entry: TemplateEntry; templateIndex: number };

/** The owner's id and the names its in-use references must carry. */
export function ownerSettings(owner: PreviewOwner): {
  id: string;
  repositoryName?: string;
  lifecycleRegistryId?: string;
} {
  return owner.entry.settings;
}

export function usePanelInputs(
  owner: PreviewOwner,
  images: readonly SampleImage[],
  now: number,
  inputs: PreviewInputState,
): PreviewInputs | undefined {
  const view = useContext(EntitiesContext);
  const { repositoryName, lifecycleRegistryId } = ownerSettings(owner);
  const repositoryIndex =
    owner.kind === 'repository'
      ? (view?.repositories.findIndex((r) => r.key === owner.entry.key) ?? -1)
      : 0;
  const templateIndex = owner.kind === 'template' ? owner.templateIndex : undefined;
  const design = useMemo(() => view?.design && withoutSampleImages(view.design), [view?.design]);
  return useMemo((): PreviewInputs | undefined => {
    if (!design || images.length === 0 || repositoryIndex < 0) return undefined;
    const uses = inputs.inUse.flatMap((source) => source.uses);
    const identity = repositoryIdentity(
      {
        ...(repositoryName !== undefined && { repositoryName }),
        ...(lifecycleRegistryId !== undefined && { lifecycleRegistryId }),
      },
      inputs.imageSource?.repository,
    );
    const { inForce } = inputs;
    return {
      design,
      repositoryIndex,
      ...(templateIndex !== undefined && { templateIndex }),
      images: images as SampleImage[],
      now,
      days: inputs.days,
      ...(uses.length > 0 && { inUse: { uses, identity } }),
      ...(inForce && {
        inForce: {
          design: inForce.design,
          ...(inForce.repositoryId !== undefined && { repositoryId: inForce.repositoryId }),
        },
      }),
    };
  }, [
    design,
    images,
    repositoryIndex,
    templateIndex,
    now,
    inputs,
    repositoryName,
    lifecycleRegistryId,
  ]);
}
