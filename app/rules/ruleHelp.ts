/** Help for the lifecycle rule fields: what the CDK prop does, and its default. */
export const ruleHelp = {
  description: 'description: kept in the policy text for people reading it. Default: none.',
  rulePriority:
    'rulePriority: ECR evaluates lower numbers first. Default: CDK numbers rules after the largest explicit one, in the order they are added. Dragging a card renumbers or clears it.',
  tagStatus:
    'tagStatus: which images the rule selects. Default: TAGGED when a prefix or pattern list is given, otherwise ANY.',
  tagPrefixList:
    'tagPrefixList: tag prefixes. Several entries mean AND: every prefix must match one of the image’s tags.',
  tagPatternList:
    'tagPatternList: tag patterns with up to four * wildcards. Several entries mean AND. Not together with prefixes.',
  maxImageCount:
    'maxImageCount: keep this many of the selected images, newest first, and expire the rest. Set a count or an age, not both.',
  maxImageAgeDays:
    'maxImageAge: Duration.days(n): expire selected images pushed more than n days ago. Set a count or an age, not both.',
  storageClass:
    'storageClass (ECR 2025): the rule selects only images in this storage class. Default: STANDARD. ARCHIVE goes with “Expire after archived (days)”.',
  action:
    'action (ECR 2025): EXPIRE deletes; TRANSITION moves images to the archive storage class. Default: EXPIRE. Archive-era rules are written through the CloudFormation escape hatch, as aws-cdk-lib 2.276.0 cannot express them.',
  maxDaysSinceImagePulled:
    'sinceImagePulled (ECR 2025): act on images not pulled for n days (push or restore time when never pulled since). Only with TRANSITION.',
  maxDaysSinceImageTransitioned:
    'sinceImageTransitioned (ECR 2025): expire archived images n days after they were archived. Only with storage class ARCHIVE; AWS keeps archived images at least 90 days.',
} as const;

export const anyRuleNote =
  'This rule selects all images, so ECR needs it to have the highest priority: it always stays last and cannot be dragged.';
