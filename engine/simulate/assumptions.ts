/**
 * The points of ECR's evaluation that AWS does not state and the preview had to decide
 * (ecr-lifecycle-spec.md [INF]/[UNV]), as data: the CLI prints those a result depends on,
 * the browser shows them beside the outcomes.
 */
import type { ImageOutcome, SimulatedRule } from './evaluatePolicy';
import type { SampleImage } from './sampleImages';

export interface SimulationAssumption {
  code: string;
  /** [INF]: inferred from AWS's text or examples; [UNV]: AWS is silent, the preview chose. */
  basis: 'INF' | 'UNV';
  text: string;
}

interface Inputs {
  rules: readonly SimulatedRule[];
  images: readonly SampleImage[];
  outcomes: readonly ImageOutcome[];
  /** The result is a timeline of daily runs (simulate --days). */
  timeline?: boolean;
}

/** What the assumptions ask of the images and outcomes, read in one pass over each. */
interface Facts extends Inputs {
  manifestLists: boolean;
  referrers: boolean;
  restored: boolean;
  restoring: boolean;
  ties: boolean;
  /** The manifest lists that hold an image in this run. */
  holding: Set<string>;
}

function factsOf(inputs: Inputs): Facts {
  // One literal shape (not a spread of inputs, whose copy gets a new shape each call and sends
  // the loops below back to the interpreter).
  const facts: Facts = {
    rules: inputs.rules,
    images: inputs.images,
    outcomes: inputs.outcomes,
    timeline: inputs.timeline,
    manifestLists: false,
    referrers: false,
    restored: false,
    restoring: false,
    ties: false,
    holding: new Set(),
  };
  // Indexed loops: for…of allocates on each step of these once-per-result passes.
  for (let i = 0; i < inputs.images.length; i++) {
    const image = inputs.images[i]!;
    facts.manifestLists ||= image.manifestListDigest !== undefined;
    facts.referrers ||= image.subjectDigest !== undefined;
    facts.restored ||= image.lastActivatedAt !== undefined;
    facts.restoring ||= image.restoring === true;
  }
  for (let i = 0; i < inputs.outcomes.length; i++) {
    const outcome = inputs.outcomes[i]!;
    facts.ties ||= outcome.tieBreak === true;
    if (outcome.heldByManifestList !== undefined) facts.holding.add(outcome.heldByManifestList);
  }
  return facts;
}

const tagged = ({ rules }: Facts) => rules.some((r) => r.selection.tagStatus === 'tagged');

const table: (SimulationAssumption & { dependsOn: (facts: Facts) => boolean })[] = [
  {
    code: 'age-boundary',
    basis: 'INF',
    text: 'An age rule acts only on images strictly older than its limit; ECR acts within 24 hours, so images within a day of a limit are marked borderline.',
    dependsOn: ({ rules }) => rules.some((r) => r.selection.countType !== 'imageCountMoreThan'),
  },
  {
    code: 'count-ties',
    basis: 'UNV',
    text: 'Images with identical times are ordered by digest in count rules; ECR’s own tie-break is not documented, so images where it decides the outcome are marked “tie”.',
    dependsOn: ({ ties }) => ties,
  },
  {
    code: 'tag-list-entries',
    basis: 'INF',
    text: 'One tag may satisfy several entries of a tag list; patterns match whole tags (prod* = starts with prod).',
    dependsOn: tagged,
  },
  {
    code: 'tag-case',
    basis: 'UNV',
    text: 'Tags match case-sensitively.',
    dependsOn: tagged,
  },
  {
    code: 'prefix-star',
    basis: 'UNV',
    text: 'A prefix containing * is matched literally.',
    dependsOn: ({ rules }) =>
      rules.some((r) => r.selection.tagPrefixList?.some((p) => p.includes('*'))),
  },
  {
    code: 'index-children-count',
    basis: 'UNV',
    text: 'Children of a manifest list are never acted on while the list exists, yet still fill count slots.',
    dependsOn: ({ manifestLists }) => manifestLists,
  },
  {
    code: 'index-children-next-run',
    basis: 'INF',
    text: 'Children of a manifest list that this run expires or archives stay until a later run: ECR acts on them once the list is gone.',
    dependsOn: ({ outcomes, holding }) =>
      holding.size > 0 && outcomes.some((o) => o.action !== 'keep' && holding.has(o.digest)),
  },
  {
    code: 'referrers',
    basis: 'INF',
    text: 'Referrers (signatures, SBOMs, attestations) are selected and counted by rules like other images; when this run expires or archives their subject they go with it, as ECR does within 24 hours.',
    dependsOn: ({ referrers }) => referrers,
  },
  {
    code: 'restored-times',
    basis: 'UNV',
    text: 'sinceImagePushed uses the push time even for restored images; count rules order restored images by restore time.',
    dependsOn: ({ restored }) => restored,
  },
  {
    code: 'activating-archived',
    basis: 'UNV',
    text: 'An image being restored (imageStatus ACTIVATING) is still in the archive: only archive rules select it.',
    dependsOn: ({ restoring }) => restoring,
  },
  {
    code: 'timeline',
    basis: 'UNV',
    text: 'The timeline runs the policy once a day on what earlier runs left, with no pushes or pulls after now; ECR runs it about daily and acts within 24 hours of an image meeting a rule.',
    dependsOn: ({ timeline }) => timeline === true,
  },
];

const plain = ({ code, basis, text }: SimulationAssumption): SimulationAssumption => ({
  code,
  basis,
  text,
});

/** Every assumption the preview can make, in a stable order. */
export const simulationAssumptions: readonly SimulationAssumption[] = table.map(plain);

/** The assumptions a result depends on: its rules, its images and its outcomes. */
export function assumptionsOf(inputs: Inputs): SimulationAssumption[] {
  const facts = factsOf(inputs);
  return table.filter((entry) => entry.dependsOn(facts)).map(plain);
}
