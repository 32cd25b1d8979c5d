/**
 * The codes of lifecycle rule findings: what aws-cdk-lib's addLifecycleRule and synth refuse,
 * what ECR refuses at deploy (the `ecr…` ones check a policy the engine writes itself, for
 * archive-era rules), and rules that are legal but likely wrong.
 */
export const lifecycleCodes = {
  /** A negative maxImageAgeDays. */
  ruleAgeNegative: 'rule-age-negative',
  /** A TAGGED rule without tagPrefixList or tagPatternList. */
  ruleTaggedWithoutList: 'rule-tagged-without-list',
  /** A tag list on a rule that is not TAGGED. */
  ruleListNotTagged: 'rule-list-not-tagged',
  /** A rule with both tagPrefixList and tagPatternList. */
  ruleBothLists: 'rule-both-lists',
  /** A tag pattern with more than four `*`. */
  ruleTooManyWildcards: 'rule-too-many-wildcards',
  /** A rule with both or neither of maxImageCount and maxImageAgeDays. */
  ruleCountNotOne: 'rule-count-not-one',
  /** A second TagStatus.Any rule. */
  ruleSecondAny: 'rule-second-any',
  /** A prioritized ANY rule beside rules CDK numbers itself. */
  anyPrioritizedWithAutomatic: 'lifecycle-any-prioritized-with-automatic',
  /** An ANY rule without the highest priority. */
  anyNotLast: 'lifecycle-any-not-last',
  /** More rules than a lifecycle policy may hold. */
  tooManyRules: 'lifecycle-too-many-rules',
  /** A rulePriority below 1. */
  priorityBelowOne: 'priority-below-one',
  /** Two rules with one rulePriority. */
  priorityNotUnique: 'priority-not-unique',
  /** A count criterion below 1. */
  countBelowOne: 'count-below-one',
  /** A second rule that selects untagged images. */
  untaggedRuleTwice: 'untagged-rule-twice',
  /** ECR: a TAGGED rule without a tag list. */
  ecrTaggedWithoutList: 'ecr-tagged-without-list',
  /** ECR: a tag list on a rule that is not TAGGED. */
  ecrListNotTagged: 'ecr-list-not-tagged',
  /** ECR: both tag lists in one rule. */
  ecrBothLists: 'ecr-both-lists',
  /** ECR: a tag pattern with more than four `*`. */
  ecrTooManyWildcards: 'ecr-too-many-wildcards',
  /** ECR: a rule with several count criteria, or none. */
  ecrCountNotOne: 'ecr-count-not-one',
  /** ECR: sinceImagePulled with an action other than TRANSITION. */
  pulledWithoutTransition: 'pulled-without-transition',
  /** ECR: sinceImageTransitioned with an action other than EXPIRE. */
  transitionedWithoutExpire: 'transitioned-without-expire',
  /** ECR: sinceImageTransitioned outside the ARCHIVE storage class. */
  transitionedWithoutArchive: 'transitioned-without-archive',
  /** ECR: the ARCHIVE storage class with a count criterion other than sinceImageTransitioned. */
  archiveWithoutTransitioned: 'archive-without-transitioned',
  /** ECR: archived images transitioned again. */
  archivedTransitioned: 'archived-transitioned',
  /** ECR: a second ANY rule of one storage class. */
  ecrSecondAny: 'ecr-second-any',
  /** ECR: an ANY rule without the highest priority of its storage class. */
  ecrAnyNotLast: 'ecr-any-not-last',
  /** Archived images expired before the 90 days they are billed for. */
  archiveExpiredEarly: 'archive-expired-early',
  /** A tag list of several entries, which mean AND. */
  tagListAnd: 'tag-list-and',
  /** A tag prefix with `*`, matched literally. */
  prefixWithStar: 'prefix-with-star',
  /** An empty tag list entry, which matches every tagged image. */
  emptyTagEntry: 'empty-tag-entry',
  /** A rule that can never act: a rule ECR evaluates first selects all its images. */
  ruleShadowed: 'rule-shadowed',
  /** A rule with the tag set of another. */
  sameTagSet: 'same-tag-set',
  /** RemovalPolicy DESTROY without emptyOnDelete. */
  destroyWithoutEmptyOnDelete: 'destroy-without-empty-on-delete',
} as const;
