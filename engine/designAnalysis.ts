/**
 * What analyzeDesign learns of a design: each repository's lifecycle rules as CDK places them,
 * the construct tree, the template and the findings, by the phase in which CDK meets them.
 */
import type { ConstructTree } from './cdk/constructTree';
import type { LifecyclePolicy } from './cdk/lifecyclePolicy';
import type { AcceptedRule, PlacedRule } from './cdk/lifecycleRules';
import type { CfnTemplate, PlacedResource } from './cdk/template';
import type { Design, RepositoryDesign } from './design/designSchema';
import type { FieldPath } from './fieldPath';
import type { Finding } from './findings';

export interface RepositoryAnalysis {
  repository: RepositoryDesign;
  path: FieldPath;
  logicalId: string;
  /** Rules addLifecycleRule accepted, in design order. */
  accepted: AcceptedRule[];
  /** Rules in the order CDK writes them, with priorities; undefined when synthesis would fail on them. */
  placed?: PlacedRule[];
  policy?: LifecyclePolicy;
  policyText?: string;
  /** True when archive-era rules make the generated code set the whole policy on the CfnRepository. */
  escapeHatch: boolean;
}

export interface DesignAnalysis {
  design: Design;
  stackName: string;
  tree: ConstructTree;
  repositories: RepositoryAnalysis[];
  /** The stack's resources, in template order, with the design path of their entity. */
  resources: PlacedResource[];
  /** The template CDK writes, whether or not the findings let it synthesize. */
  template: CfnTemplate;
  findings: Finding[];
}

/** Findings by the phase of `app.synth()` (or deploy) in which they surface. */
export interface Phases {
  construct: Finding[];
  synth: Finding[];
  nodeValidation: Finding[];
  validate: Finding[];
  deploy: Finding[];
  warnings: Finding[];
}
