import { memo } from 'react';
import { countOf, recipesFor, type SampleImage } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';
import { Disclosure } from './Disclosure';
import {
  addInUseText,
  loadImagesText,
  loadManifestsText,
  type PreviewTarget,
  setPolicyText,
} from './loadInputs';
import { PasteOrDrop } from './PasteOrDrop';
import { type PreviewInputState, updatePreviewInputs } from './previewInputs';

interface PreviewSourcesProps {
  /** The repository now (a function, so typing its name does not re-render the inputs). */
  target: () => PreviewTarget;
  images: readonly SampleImage[];
  inputs: PreviewInputState;
}

const formatNames: Record<string, string> = {
  kubectl: 'kubectl pods',
  'ecs-describe-tasks': 'ECS tasks',
  'ecs-describe-task-definition': 'ECS task definition',
  'lambda-get-function': 'Lambda function',
  references: 'image references',
};

/**
 * The preview's inputs from a real repository (memoised: a keystroke in a rule changes none of
 * its props): its images as `aws ecr describe-images` prints
 * them (with batch-get-image for indexes), where images run, and the policy in force.
 */
export const PreviewSources = memo(function PreviewSources({
  target,
  images,
  inputs,
}: PreviewSourcesProps) {
  const dispatch = useDispatch();
  const { imageSource, inUse, inForce } = inputs;
  const update = (change: (state: PreviewInputState) => PreviewInputState) =>
    updatePreviewInputs(target().key, change);
  return (
    <div className="preview-sources">
      <Disclosure
        className="preview-source"
        summary="Read images from AWS (describe-images, batch-get-image)"
      >
        <PasteOrDrop
          label="Images: aws ecr describe-images output"
          help="One page, several pages one after another, or a list of pages; CLI v1 and v2 both read. The preview's own sample-image list reads too. It replaces the images (Undo brings them back)."
          recipes={recipesFor('images')}
          action="Read images"
          testId={testIds.previewImagesInput}
          onText={(text, name) => loadImagesText(target(), text, name, dispatch)}
        />
        <PasteOrDrop
          label="Manifests of image indexes: aws ecr batch-get-image output"
          help="Says which images are the children of a multi-architecture index: ECR keeps them while the index exists."
          recipes={recipesFor('manifests')}
          action="Read manifests"
          testId={testIds.previewManifestsInput}
          onText={(text, name) => loadManifestsText(target(), images, text, name, dispatch)}
        />
      </Disclosure>
      <Disclosure
        className="preview-source"
        summary={`Images in use${inUse.length > 0 ? ` (${countOf(inUse.length, 'source')})` : ''}: kubectl, ECS, Lambda`}
      >
        {inUse.length > 0 && (
          <ul className="source-list" aria-label="Where images run">
            {inUse.map((source) => (
              <li key={source.name}>
                <span>
                  <strong>{source.name}</strong>:{' '}
                  {source.formats.map((f) => formatNames[f] ?? f).join(', ') || 'nothing'},{' '}
                  {countOf(source.uses.length, 'image reference')}
                </span>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() =>
                    update((s) => ({ ...s, inUse: s.inUse.filter((u) => u !== source) }))
                  }
                >
                  Remove<span className="visually-hidden"> {source.name}</span>
                </button>
                <FindingList findings={source.findings} />
              </li>
            ))}
          </ul>
        )}
        <PasteOrDrop
          label="Where images run"
          help="kubectl get pods -A -o json, aws ecs describe-tasks, aws ecs describe-task-definition, aws lambda get-function, or one image reference a line (registry/repo:tag or registry/repo@sha256:…). Each file adds to the others."
          recipes={recipesFor('in-use')}
          action="Add images in use"
          testId={testIds.previewInUseInput}
          onText={(text, name) => addInUseText(target(), text, name)}
        />
      </Disclosure>
      <Disclosure
        className="preview-source"
        summary={`Compare with the policy in force${inForce ? `: ${inForce.name}` : ''}`}
      >
        {inForce && (
          <div className="source-list">
            <span>
              Comparing with <strong>{inForce.name}</strong>
            </span>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => update(({ inForce: _gone, ...s }) => s)}
            >
              Stop comparing
            </button>
            <FindingList findings={inForce.findings} />
          </div>
        )}
        <PasteOrDrop
          label="The policy in force: aws ecr get-lifecycle-policy output"
          help="Or a bare lifecycle policy JSON, a CloudFormation template or a design holding this repository. Both policies run on the same images."
          recipes={recipesFor('compare')}
          action="Compare"
          testId={testIds.previewCompareInput}
          onText={(text, name) => setPolicyText(target(), text, name)}
        />
      </Disclosure>
      {imageSource && <ImageSourceLine inputs={inputs} count={images.length} />}
    </div>
  );
});

function ImageSourceLine({ inputs, count }: { inputs: PreviewInputState; count: number }) {
  const source = inputs.imageSource!;
  const of = source.repository ? ` of ${source.repository.name}` : '';
  return (
    <div className="image-source" data-testid={testIds.previewImageSource}>
      <p>
        {countOf(count, 'image')} from {source.name}
        {source.format === 'describe-images' && ` (describe-images${of})`}
        {source.withManifests && ', with the manifests of its indexes'}.
      </p>
      <FindingList findings={inputs.imageFindings ?? []} />
    </div>
  );
}
