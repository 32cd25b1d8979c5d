import type {
  CompareReport,
  Finding,
  FirstAction,
  ImageOutcome,
  InUseReport,
  PolicyInForce,
  PreviewInputs,
  PreviousOutcome,
  ProtectionSuggestion,
  ReadImages,
  ReadInUse,
  RuleOutcomeCount,
  SampleImage,
  SimulationAssumption,
  SimulationResult,
  SimulationSummary,
} from '../../engine/index';
import type { GeneratorSpec } from './generatorSpec';

/** A rule of the simulated policy, in words, for the timeline's lanes. */
export interface RuleLabel {
  rulePriority: number;
  label: string;
}

/**
 * What the panel shows: the engine's previewReport without the images (the panel has them),
 * by image index where it is per image.
 */
export type PanelPreview =
  | {
      ok: true;
      outcomes: ImageOutcome[];
      counts: RuleOutcomeCount[];
      assumptions: SimulationAssumption[];
      summary: SimulationSummary;
      rules: RuleLabel[];
      /** With images in use: digest → where, the counts, and the protection of those at risk. */
      usedBy?: Map<string, string[]>;
      inUse?: InUseReport;
      protection?: ProtectionSuggestion;
      /** An error on each rule that expires or archives images in use. */
      atRiskFindings: Finding[];
      /** Problems with the in-use or in-force inputs. */
      findings: Finding[];
      /** With the policy in force: its outcome where the action differs, by image index. */
      previous?: (PreviousOutcome | undefined)[];
      compare?: CompareReport;
      /** With a timeline: the first daily run that acts on each image, by image index. */
      firstActions?: (FirstAction | undefined)[];
      days?: number;
    }
  | Extract<SimulationResult, { ok: false }>;

/** Messages to and from the preview worker (plain data both ways). */
export type PreviewRequest =
  /**
   * The images go once (`list`) and are kept in the worker under `key`; later requests over the
   * same images send the key alone, so a keystroke does not copy 10,000 images to the worker.
   */
  | {
      id: number;
      kind: 'preview';
      inputs: Omit<PreviewInputs, 'images'>;
      images: { key: number; list?: readonly SampleImage[] };
    }
  | { id: number; kind: 'generate'; spec: GeneratorSpec; now: number }
  | { id: number; kind: 'parse'; images: unknown }
  | { id: number; kind: 'readImages'; text: string; manifests?: string; repositoryName?: string }
  | { id: number; kind: 'linkManifests'; images: readonly SampleImage[]; manifests: string }
  | { id: number; kind: 'readInUse'; text: string; source: string }
  | {
      id: number;
      kind: 'readPolicy';
      text: string;
      target: { id: string; repositoryName?: string };
    };

export type PreviewResponse =
  /** No preview: the worker does not hold the images of that key (it was restarted): send them. */
  | { id: number; kind: 'preview'; preview?: PanelPreview }
  | { id: number; kind: 'generate'; images: SampleImage[] }
  | { id: number; kind: 'parse'; images?: SampleImage[]; messages: string[] }
  | { id: number; kind: 'readImages'; read: ReadImages }
  | { id: number; kind: 'linkManifests'; read: ReadImages }
  | { id: number; kind: 'readInUse'; read: ReadInUse }
  | { id: number; kind: 'readPolicy'; read: PolicyInForce }
  | { id: number; kind: 'failed'; message: string };
