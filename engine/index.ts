/**
 * The ECR Designer engine: pure functions from a design to its outputs and findings.
 * The browser, the `ecr-designer` command and the tests all go through this module.
 */

export type { ConstructKind, ConstructNode } from './cdk/constructNode';
export type { ConstructTree } from './cdk/constructTree';
/**
 * The stack's constructs once, in creation order (keys, construct principals, topics, queues,
 * functions, repositories, each with its children, then the policies statements and grants
 * add), each with its kind, id, construct path, logical ID (when it makes a resource), design
 * path and index in its design list. The template, the checks and the printers walk it.
 */
export { constructTree } from './cdk/constructTree';
/** CDK's logical ID for a construct path below the stack, e.g. ['Repository', 'Resource']. */
export { logicalIdOf } from './cdk/logicalId';
export type { CfnTemplate } from './cdk/template';
/**
 * The design's types. Beside repositories (all optional, referenced by id): KMS keys, IAM
 * principals, SNS topics, SQS queues, imported Lambda functions, event rules and their targets,
 * resource policy statements and grants. Construct order: keys, principals, topics, queues,
 * functions, repositories (lifecycle rules, tags, event rules, resource policy), grants, then the
 * outputs (CfnOutput); the stack description (stackDescription) is the template's Description.
 */
export type {
  Design,
  EventRuleDesign,
  FunctionDesign,
  GrantDesign,
  KeyDesign,
  LifecycleRuleDesign,
  OutputDesign,
  OutputValue,
  PolicyStatementDesign,
  PrincipalDesign,
  QueueDesign,
  RepositoryDesign,
  TargetDesign,
  TopicDesign,
} from './design/designSchema';
/** The design format's types, defaults and limits. */
export {
  defaultStackName,
  designLimits,
  lifecycleRuleSchema,
  repositorySchema,
} from './design/designSchema';
/** CDK enum member names used as the design's enum values. */
export {
  Effect,
  EventRuleMethod,
  RemovalPolicy,
  RepositoryEncryption,
  RepositoryGrant,
  TagMutability,
  TagStatus,
} from './design/enums';
export type { ParsedDesign } from './design/parseDesign';
/** Reads untrusted input (an object or JSON text) as a design, or returns findings with field paths. */
export { designJsonSchema, parseDesign, parseDesignText } from './design/parseDesign';
export { eventRuleProperties } from './design/properties/eventRuleProperties';
export { keyProperties } from './design/properties/keyProperties';
export { lifecycleRuleProperties } from './design/properties/lifecycleRuleProperties';
/** Property tables: one row per field, for the form (label, widget) and the random designs (samples). */
export type {
  FormFacet,
  Property,
  SampleSet,
  Samples,
  Widget,
} from './design/properties/property';
export { rowsWith } from './design/properties/property';
export {
  type RepositoryField,
  repositoryProperties,
} from './design/properties/repositoryProperties';
export { entityLogicalIdRows } from './design/properties/resourceOptionProperties';
/** The keywords of the design's JSON Schema, for tools that read it. */
export type { JsonSchemaNode } from './design/schemaKit';
export type { EntityList } from './design/stackConstructs';
/** The design lists whose entries are the stack's children, in the order the code creates them. */
export { constructOrder } from './design/stackConstructs';
export type { FieldPath } from './fieldPath';
/**
 * Finding paths are keys (`['repositories', 0, 'tags']`): `formatPath` writes one for people
 * (`repositories[0].tags`); `pathStartsWith` and `samePath` compare them.
 */
export { formatPath, pathStartsWith, samePath } from './fieldPath';
export type { Finding, FindingOrigin } from './findings';
/** Findings: severity, origin, code (the kind), field path and message (CDK's own text where CDK throws). */
export { FindingCode, Severity } from './findings';
/**
 * The design's registry part, the creation template's property table, and which registry rules
 * apply to a repository name (matchRegistry): see registry/registryApi.ts.
 */
export * from './registry/registryApi';
/**
 * The printers on demand, for a caller that keeps them out of its first load (the app):
 * `loadPrinters()` resolves to `printOutputs(design, template, outputs)`, which prints what
 * render would (`template` as `renderBase` gave it), and `renderSnippet`.
 */
export { loadPrinters } from './render/loadPrinters';
export type { Printers } from './render/printers';
export type { PrintedOutputs } from './render/printOutputs';
export type { RulePriority } from './render/priorityPreview';
/** The priorities a creation template's lifecycle rules get in its LifecyclePolicy. */
export { templateRulePriorities } from './render/priorityPreview';
export type {
  BaseRenderResult,
  OutputName,
  PartialRenderResult,
  RenderOptions,
  RenderResult,
  RepositoryOutputs,
} from './render/render';
/**
 * Renders a design's findings, template, lifecycle policies and priorities, and its texts (CDK
 * TypeScript and Python, template JSON and YAML): all of them, or those `outputs` names. Keeps
 * its work on the parts of a design an edit leaves as they were: designs are values, so change
 * one by making new objects, never by assigning into an object already rendered.
 */
export { outputNames, render } from './render/render';
/**
 * What render returns but the texts (findings, template, repositories), without the printers'
 * code: render(design) is renderBase(design) with the texts of printOutputs (loadPrinters).
 */
export { renderBase } from './render/renderBase';
/** Serializes a JSON-compatible value as block YAML (used for templates). */
export { toYaml } from './render/yaml';
/** "1 image", "2 images": a count with its noun in the right number. */
export { countOf } from './text/countOf';

import { effectiveTagStatus } from './cdk/lifecycleRules';
import {
  lifecycleRuleCardOrder,
  lifecycleRuleDropRange,
  type RuleDropRange,
  reorderLifecycleRules,
  ruleDropPlace,
} from './edit/reorderLifecycleRules';

/** Ready-to-run CDK projects (TypeScript or Python) for a design, and a zip of them for downloads. */
export { kebabCase, pythonModuleName } from './app/appNames';
export type { AppFiles, AppLanguage } from './app/cdkApp';
export { renderCdkApp, zipFiles } from './app/cdkApp';
export {
  sampleImageCount,
  withoutRepositoryImages,
  withoutSampleImages,
} from './design/designImages';
/** Archive-era lifecycle rule enums (ECR, 2025): a rule's storage class and action. */
export { LifecycleAction, StorageClass } from './design/enums';
export type { ReorderResult, RuleMove } from './edit/reorderLifecycleRules';
export type { ImportResult } from './import/importResult';
/** Imports a CloudFormation template (JSON/YAML) or a bare lifecycle policy as a design, with warnings for what is left out. */
export { importText, maxImportChars } from './import/importTemplate';
export type { DecodedLink, LinkError } from './link/linkCodec';
/**
 * Share links: `encodeLink` puts a design without its sample images into a URL fragment (`v1.…`);
 * `decodeLink` reads a whole URL or fragment back, returning a typed error with a message for
 * anything broken. A caller that must paint before it needs them (the app) gets both from
 * `loadLinkCodec`.
 */
export { decodeLink, encodeLink, fragmentOf } from './link/linkCodec';
export { linkFormatTag, linkLimits, longLinkChars } from './link/linkFormat';
export { type LinkCodec, loadLinkCodec } from './link/loadLinkCodec';
export type { SnippetLanguage } from './render/snippet';
/** The statements of one repository alone (TypeScript or Python), for pasting into an existing stack. */
export { renderSnippet } from './render/snippet';
export type { SimulationAssumption } from './simulate/assumptions';
/** Every undocumented point the preview decides (ecr-lifecycle-spec.md [INF]/[UNV]); results list those they depend on. */
export { simulationAssumptions } from './simulate/assumptions';
export type { ManifestLinks } from './simulate/batchGetImage';
export type { Comparison, PolicyInForce, PreviousOutcome } from './simulate/compare';
/**
 * The policy in force (get-lifecycle-policy output, a bare policy, a template or a design) for
 * a repository, and outcome by outcome where the designed policy's action differs from it.
 */
export { compareOutcomes, readPolicyInForce } from './simulate/compare';
export type { ImageAction, ImageOutcome } from './simulate/evaluatePolicy';
export type { SampleImageSpec } from './simulate/generateSampleImages';
/** A deterministic, realistic set of sample images (CI pushes, releases, untagged, pulls), capped at 1,000. */
export { generateSampleImages, maxGeneratedSampleImages } from './simulate/generateSampleImages';
export type { ImageCommandRecipe, PreviewInput } from './simulate/imageCommands';
/** The AWS CLI commands that write the preview's inputs (describe-images pages, index manifests). */
export { imageCommandRecipes, recipesFor } from './simulate/imageCommands';
export type { ImageReference } from './simulate/imageReference';
/** The parts of an image reference (`registry/repo[:tag][@digest]`); ECR registries say their account and region. */
export { parseImageReference } from './simulate/imageReference';
export type { InUseMatch, RepositoryIdentity } from './simulate/inUse';
/**
 * Matches image references to a repository's images by ECR registry, name, tag and digest (an
 * index and its children go together); other repositories are counted and left out.
 */
export { matchInUse } from './simulate/inUse';
export type { ImageUse, InUseFormat, ReadInUse } from './simulate/inUseReaders';
/**
 * Where images run, from `kubectl get pods -A -o json`, `aws ecs describe-tasks`,
 * `aws ecs describe-task-definition`, `aws lambda get-function` or one reference a line;
 * findings with paths, never throws.
 */
export { readInUseText } from './simulate/inUseReaders';
export type { PreviewInputs, PreviewReport } from './simulate/previewReport';
/**
 * The whole preview of one repository: its outcomes, and with the inputs given, the images in
 * use (at risk, rule findings, a suggested protection), the policy in force and the timeline.
 */
export { previewReport, repositoryIdentity } from './simulate/previewReport';
export type { AtRiskImage, ProtectionSuggestion } from './simulate/protectInUse';
/**
 * Images in use that a run expires or archives; an error finding on each rule that hits them;
 * the keep rules that protect them as a design change (checked by simulating it), and that
 * change applied to a design.
 */
export {
  applyProtection,
  atRiskImages,
  inUseFindings,
  suggestProtection,
} from './simulate/protectInUse';
export type { ReadImages, ReadImagesOptions } from './simulate/readImages';
/**
 * Images from `aws ecr describe-images` output (pages; CLI v1 or v2 timestamps) or the sample
 * format, with `aws ecr batch-get-image` output for index children; findings, never throws.
 */
export { parseImageInput, readImages, readImagesText } from './simulate/readImages';
export type { RuleOutcomeCount } from './simulate/ruleOutcomeCounts';
/** Per rule: how many images it expires, archives, and protects (kept because its tags matched it first). */
export { ruleOutcomeCounts } from './simulate/ruleOutcomeCounts';
export type { SampleImage } from './simulate/sampleImages';
/** The design's cap on saved sample images per repository. */
export { maxSampleImages, parseSampleImages } from './simulate/sampleImages';
export type { RepositoryPolicy, SimulationResult } from './simulate/simulate';
/**
 * The lifecycle preview: ECR's evaluation of a repository's policy over sample images (those
 * saved in the design, `repositories[i].sampleImages`, by default), with the reason for every
 * outcome.
 */
export {
  describeSelection,
  repositoryPolicy,
  simulate,
  simulateRepository,
} from './simulate/simulate';
export type {
  CompareReport,
  InUseReport,
  ReportInput,
  SimulationReport,
  SimulationReportImage,
  SimulationSummary,
} from './simulate/simulationReport';
/** What `simulate` prints (summary, in use, compare, assumptions, images), and its JSON Schema. */
export { simulationReport, simulationReportJsonSchema } from './simulate/simulationReport';
/** A creation template's rules as the preview evaluates them (the priorities its cards show). */
export { templatePolicy } from './simulate/templatePolicy';
export type { FirstAction } from './simulate/timeline';
/** When each image goes: the policy run daily from now to now + days, on what earlier runs left. */
export { maxTimelineDays, simulateTimeline, timelineOf } from './simulate/timeline';
/**
 * Lifecycle rules as cards: `lifecycleRuleCardOrder` gives ECR's evaluation order,
 * `reorderLifecycleRules` moves a card and renumbers or clears priorities so that the
 * cards and ECR agree, `lifecycleRuleDropRange` says where a card can go and `ruleDropPlace`
 * where a move lands (the places a drag shows), `effectiveTagStatus` is the tagStatus CDK gives
 * a rule.
 */
export {
  effectiveTagStatus,
  lifecycleRuleCardOrder,
  lifecycleRuleDropRange,
  type RuleDropRange,
  reorderLifecycleRules,
  ruleDropPlace,
};
