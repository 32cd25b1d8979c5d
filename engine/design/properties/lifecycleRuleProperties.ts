/**
 * The lifecycle rule's fields in the format's order, as addLifecycleRule takes them. The policy
 * text (engine/cdk/lifecyclePolicy.ts) and its import place them by rules of their own (count
 * types, tag status, escape hatch), so the rows have no template facet; the archive-era fields
 * have no CDK prop either (the L2 cannot express them).
 */
import { tagList, text } from '../designLimits';
import { LifecycleAction, membersOf, StorageClass, TagStatus } from '../enums';
import { integer, objectOf, oneOf } from '../schemaKit';
import { property, shapeOf } from './property';

export const lifecycleRuleProperties = [
  property({
    field: 'rulePriority',
    schema: integer('Explicit rulePriority; omitted means CDK numbers the rule automatically.'),
    cdk: { literal: 'number' },
    probe: { value: 3 },
    form: {
      label: 'Rule priority',
      group: 'Priority',
      widget: { kind: 'number', placeholder: 'automatic', commitOnEnter: true },
    },
  }),
  property({
    field: 'description',
    schema: text('Description of the rule, kept in the policy text.'),
    cdk: { literal: 'string' },
    probe: { value: 'keep a few' },
    form: { label: 'Description', group: 'Description', widget: { kind: 'text' } },
  }),
  property({
    field: 'tagStatus',
    schema: oneOf(
      membersOf(TagStatus),
      'Which images the rule selects; default TAGGED when a tag list is given, else ANY.',
    ),
    cdk: { literal: { enum: { module: 'ecr', name: 'TagStatus' } } },
    probe: { value: 'UNTAGGED' },
    form: {
      label: 'Tag status',
      group: 'Status',
      widget: {
        kind: 'select',
        members: membersOf(TagStatus),
        defaultLabel: 'Default (TAGGED with a tag list, else ANY)',
      },
    },
  }),
  property({
    field: 'tagPrefixList',
    schema: tagList('Tag prefixes; several entries mean AND: every prefix must match some tag.'),
    cdk: { literal: { list: 'string' } },
    probe: { value: ['prod'] },
    form: { label: 'Tag prefixes', group: 'Tags', widget: { kind: 'chips', entryName: 'prefix' } },
  }),
  property({
    field: 'tagPatternList',
    schema: tagList('Tag patterns with * wildcards; several entries mean AND.'),
    cdk: { literal: { list: 'string' } },
    probe: { value: ['v*'] },
    form: { label: 'Tag patterns', group: 'Tags', widget: { kind: 'chips', entryName: 'pattern' } },
  }),
  property({
    field: 'maxImageCount',
    schema: integer(
      'Keep this many images of the selection and expire the rest (imageCountMoreThan).',
    ),
    cdk: { literal: 'number' },
    probe: { value: 6 },
    form: { label: 'Keep newest (image count)', group: 'Count', widget: { kind: 'number' } },
  }),
  property({
    field: 'maxImageAgeDays',
    schema: integer(
      'Expire images pushed more than this many days ago (sinceImagePushed), as Duration.days(n).',
    ),
    cdk: {
      prop: 'maxImageAge',
      literal: { call: { module: 'core', name: 'Duration' }, method: 'days', argument: 'number' },
    },
    probe: { value: 31, base: { maxImageAgeDays: 30 } },
    form: { label: 'Expire after (days)', group: 'Count', widget: { kind: 'number' } },
  }),
  property({
    field: 'maxDaysSinceImagePulled',
    schema: integer(
      'Archive-era: act on images not pulled for more than this many days (sinceImagePulled; never pulled counts from the push, a restore from lastActivatedAt). ECR allows it only with action TRANSITION.',
    ),
    probe: { value: 31, base: { action: 'TRANSITION', maxDaysSinceImagePulled: 30 } },
    form: { label: 'Not pulled for (days)', group: 'Archive days', widget: { kind: 'number' } },
  }),
  property({
    field: 'maxDaysSinceImageTransitioned',
    schema: integer(
      'Archive-era: act on images archived more than this many days ago (sinceImageTransitioned). ECR allows it only with action EXPIRE and storageClass ARCHIVE; archived images are billed for at least 90 days.',
    ),
    probe: { value: 91, base: { storageClass: 'ARCHIVE', maxDaysSinceImageTransitioned: 90 } },
    form: {
      label: 'Expire after archived (days)',
      group: 'Archive days',
      widget: { kind: 'number' },
    },
  }),
  property({
    field: 'storageClass',
    schema: oneOf(
      membersOf(StorageClass),
      "Archive-era: the storage class of the images the rule selects (default STANDARD); ARCHIVE only with maxDaysSinceImageTransitioned. Rules of different classes never see each other's images.",
    ),
    // The base is a deploy-time error (ECR wants ARCHIVE there), so that only the class differs.
    probe: { value: 'ARCHIVE', base: { maxDaysSinceImageTransitioned: 90 } },
    form: {
      label: 'Storage class',
      group: 'Archive',
      widget: {
        kind: 'select',
        members: membersOf(StorageClass),
        defaultLabel: 'Default (STANDARD)',
      },
    },
  }),
  property({
    field: 'action',
    schema: oneOf(
      membersOf(LifecycleAction),
      'Archive-era: EXPIRE (default) deletes the images, TRANSITION moves them to the archive storage class. A rule with TRANSITION, storageClass ARCHIVE or a maxDaysSince* count makes the generated CDK set the whole lifecycle policy on the CfnRepository (the L2 cannot express them); STANDARD and EXPIRE alone keep addLifecycleRule.',
    ),
    probe: { value: 'TRANSITION', base: { maxImageAgeDays: 30 } },
    form: {
      label: 'Action',
      group: 'Archive',
      widget: {
        kind: 'select',
        members: membersOf(LifecycleAction),
        defaultLabel: 'Default (EXPIRE)',
      },
    },
  }),
] as const;

export const lifecycleRuleSchema = objectOf(
  shapeOf(lifecycleRuleProperties),
  'A lifecycle rule, as passed to Repository.addLifecycleRule.',
);
