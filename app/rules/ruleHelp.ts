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
} as const;

export const anyRuleNote =
  'This rule selects all images, so ECR needs it to have the highest priority: it always stays last and cannot be dragged.';
