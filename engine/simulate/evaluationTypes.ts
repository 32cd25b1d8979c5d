/** The rules, verdicts and outcomes one evaluation of a lifecycle policy passes between its steps. */
import type { TagSelection } from './tagMatching';

export interface SimulatedRule {
  rulePriority: number;
  selection: TagSelection & { countType: string; countNumber: number; storageClass?: string };
  action: { type: string; targetStorageClass?: string };
}

export type ImageAction = 'expire' | 'transition' | 'keep';

export interface ImageOutcome {
  digest: string;
  action: ImageAction;
  rulePriority: number | null;
  reason: string;
  /** Kept because its tags matched this (first matching) rule while a lower rule would have acted. */
  protectedBy?: number;
  /** Kept within the count or age limit of this rule, the first that selects it. */
  keptBy?: number;
  /** Kept because this manifest list, which references it, still exists. */
  heldByManifestList?: string;
  /** A referrer expired or archived with its subject, this digest (ECR does so within 24 h). */
  followsSubject?: string;
  /** Within 24 h of an age threshold: ECR acts within 24 h of it, so the result may differ. */
  borderline?: true;
  /**
   * At a count rule's limit among images of the same time: which of them ECR keeps is not
   * documented; the preview keeps the lower digest.
   */
  tieBreak?: true;
}

/** What the rules decided for each image, by image index (rule indices into the sorted rules). */
export interface Verdicts {
  /** The rule that acts on the image, or none. */
  actedBy: Int32Array;
  /** Its position among the newest (count rules) or its age in ms (age rules). */
  measure: Float64Array;
  /** The first rule whose selection includes the image, and the image's measure there. */
  firstMatch: Int32Array;
  firstMeasure: Float64Array;
  /** The first lower rule that would have acted but for firstMatch. */
  blocked: Int32Array;
  /** The manifest list that holds the image, by index. */
  heldBy: Int32Array;
  /** The count rule at whose limit the image tied with another of the same time. */
  tiedAt: Int32Array;
  /** A referrer's subject, when the referrer goes with it; and the rule acting on that chain. */
  follows: Int32Array;
  followRule: Int32Array;
  /** How many images each rule selects, by rule index. */
  selectedCount: Int32Array;
}
