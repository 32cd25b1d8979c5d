/** A lifecycle rule of the design format. */
import { tagList, text } from './designLimits';
import { LifecycleAction, membersOf, StorageClass, TagStatus } from './enums';
import { integer, objectOf, oneOf } from './schemaKit';

export const lifecycleRuleSchema = objectOf(
  {
    rulePriority: integer(
      'Explicit rulePriority; omitted means CDK numbers the rule automatically.',
    ),
    description: text('Description of the rule, kept in the policy text.'),
    tagStatus: oneOf(
      membersOf(TagStatus),
      'Which images the rule selects; default TAGGED when a tag list is given, else ANY.',
    ),
    tagPrefixList: tagList(
      'Tag prefixes; several entries mean AND: every prefix must match some tag.',
    ),
    tagPatternList: tagList('Tag patterns with * wildcards; several entries mean AND.'),
    maxImageCount: integer(
      'Keep this many images of the selection and expire the rest (imageCountMoreThan).',
    ),
    maxImageAgeDays: integer(
      'Expire images pushed more than this many days ago (sinceImagePushed), as Duration.days(n).',
    ),
    maxDaysSinceImagePulled: integer(
      'Archive-era: act on images not pulled for more than this many days (sinceImagePulled; never pulled counts from the push, a restore from lastActivatedAt). ECR allows it only with action TRANSITION.',
    ),
    maxDaysSinceImageTransitioned: integer(
      'Archive-era: act on images archived more than this many days ago (sinceImageTransitioned). ECR allows it only with action EXPIRE and storageClass ARCHIVE; archived images are billed for at least 90 days.',
    ),
    storageClass: oneOf(
      membersOf(StorageClass),
      "Archive-era: the storage class of the images the rule selects (default STANDARD); ARCHIVE only with maxDaysSinceImageTransitioned. Rules of different classes never see each other's images.",
    ),
    action: oneOf(
      membersOf(LifecycleAction),
      'Archive-era: EXPIRE (default) deletes the images, TRANSITION moves them to the archive storage class. A rule with TRANSITION, storageClass ARCHIVE or a maxDaysSince* count makes the generated CDK set the whole lifecycle policy on the CfnRepository (the L2 cannot express them); STANDARD and EXPIRE alone keep addLifecycleRule.',
    ),
  },
  'A lifecycle rule, as passed to Repository.addLifecycleRule.',
);
