/** The JSON Schema of what `ecr-designer simulate` prints (`schema --simulate-output`). */
import { lifecycleRuleSchema } from '../design/designSchema';

const count = (description: string) => ({ type: 'integer', minimum: 0, description });
const actions = { enum: ['expire', 'transition', 'keep'] };
const priority = (description: string) => ({ type: ['integer', 'null'], description });

function object(properties: Record<string, unknown>, description?: string) {
  return {
    type: 'object',
    ...(description && { description }),
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

const summary = object({
  images: count('Images read.'),
  expire: count('Images the run expires (deletes).'),
  transition: count('Images the run archives.'),
  keep: count('Images the run leaves.'),
  inUseAtRisk: count('Images in use that the run expires or archives (with --in-use; else 0).'),
  changed: count('Images whose action differs from the policy in force (with --compare; else 0).'),
  bytesExpired: count('imageSizeInBytes of the expired images (images without a size count 0).'),
  bytesArchived: count('imageSizeInBytes of the archived images.'),
});

const protection = object(
  {
    rules: {
      type: 'array',
      description:
        'Keep rules to add before every other rule (design lifecycle rules); with them the images at risk are kept.',
      items: lifecycleRuleSchema.jsonSchema(),
    },
    unprotected: {
      type: 'array',
      description: 'Images at risk the rules do not protect, and why (untagged, archived…).',
      items: object({ digest: { type: 'string' }, reason: { type: 'string' } }),
    },
  },
  'Present when images in use are at risk: the change that protects them.',
);

const inUseCounts = object({
  references: count('Image references read from the --in-use files.'),
  matched: count('References to this repository that name one of its images.'),
  unmatched: count('References to this repository that name none of its images.'),
  otherRepositories: count('References to other repositories or registries (ignored).'),
  images: count('Images in use (an index and its children count each).'),
});
/** The counts are required; the protection is there when images are at risk. */
const inUse = {
  ...inUseCounts,
  description:
    'With --in-use: the references read, and the change that protects the images at risk.',
  properties: { ...inUseCounts.properties, protection },
};

const compare = object(
  {
    newlyExpired: count('Images the design expires that the policy in force does not.'),
    newlyArchived: count('Images the design archives that the policy in force does not.'),
    newlyKept: count('Images the design keeps that the policy in force expires or archives.'),
    unchanged: count('Images with the same action under both.'),
  },
  'With --compare: the design against the policy in force.',
);

const firstAction = object(
  {
    day: count('Days after now: 0 is the run at now.'),
    on: { type: 'string', format: 'date-time', description: 'The instant of that run.' },
    action: { enum: ['expire', 'transition'] },
    rulePriority: priority('The rule that acts; null when it goes with its subject.'),
  },
  'With --days: the first daily run that expires or archives the image; absent when none does in the window.',
);

const imageProperties = {
  digest: { type: 'string' },
  tags: { type: 'array', items: { type: 'string' } },
  action: actions,
  rulePriority: priority(
    'The rule that acts on the image; null when kept or when it goes with its subject.',
  ),
  reason: { type: 'string', description: 'Why, in words.' },
  protectedBy: { type: 'integer', description: 'Kept: its tags match this higher rule first.' },
  heldBy: {
    type: 'string',
    description: 'Kept: the digest of the image index that references it.',
  },
  followsSubject: {
    type: 'string',
    description: 'A referrer that goes with its subject, this digest.',
  },
  tie: { const: true, description: 'At a count limit among images of the same time.' },
  borderline: { const: true, description: 'Within 24 hours of an age limit.' },
  inUse: {
    type: 'array',
    items: { type: 'string' },
    description: 'With --in-use: where the image runs, e.g. "pod prod/web-7c9d".',
  },
  previous: {
    ...object({ action: actions, rulePriority: priority('null when kept.') }),
    description: 'With --compare, when the action differs: what the policy in force does.',
  },
  firstAction,
};

/** The JSON Schema of SimulationReport. */
export function simulationReportJsonSchema(): Record<string, unknown> {
  const required = ['repository', 'now', 'summary', 'assumptions', 'images'];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ecr-designer simulate output',
    type: 'object',
    required,
    additionalProperties: false,
    properties: {
      repository: { type: 'string', description: 'The id of the repository in the design.' },
      now: { type: 'string', format: 'date-time', description: 'The instant of the run.' },
      days: count('With --days: the length of the timeline in days.'),
      summary,
      inUse,
      compare,
      assumptions: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Each point AWS does not document that this result depends on, and what the preview assumed.',
      },
      images: {
        type: 'array',
        description: 'One entry per image, in the order of the input.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['digest', 'tags', 'action', 'rulePriority', 'reason'],
          properties: imageProperties,
        },
      },
    },
  };
}
