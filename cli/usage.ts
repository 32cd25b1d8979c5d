/**
 * What `ecr-designer --help` says, as data: the parser accepts exactly the options listed here,
 * and docs/cli.md is generated from it (scripts/referenceDocs.ts), so neither can drift.
 */
import { recipesFor } from '../engine/index';

export interface OptionHelp {
  name: string;
  /** The one-letter form, as in -h. */
  short?: string;
  /** The placeholder of the option's value; absent for a flag. */
  value?: string;
  /** May be given several times (each value is kept). */
  repeatable?: true;
  text: string;
  /** How to produce the option's input (engine/simulate/imageCommands.ts). */
  recipes?: readonly CommandRecipe[];
}

/** Shell lines printed as they are, under a comment: how to produce an input. */
export interface CommandRecipe {
  title: string;
  lines: readonly string[];
}

export interface CommandHelp {
  name: string;
  synopsis: string[];
  text: string;
  options: OptionHelp[];
}

export const renderFormats = [
  'cfn-json',
  'cfn-yaml',
  'cdk-ts',
  'cdk-py',
  'lifecycle-json',
  'cdk-app',
] as const;

export const commandHelp: CommandHelp[] = [
  {
    name: 'render',
    synopsis: [
      'render [FILE|-] --format cfn-json|cfn-yaml|cdk-ts|cdk-py',
      'render [FILE|-] --format lifecycle-json [--repository ID]',
      'render [FILE|-] --format cdk-app --out DIR [--language typescript|python]',
    ],
    text: 'Print one output of the design on stdout, or write a ready CDK project. An invalid design prints its findings on stderr instead and exits 1.',
    options: [
      {
        name: 'format',
        value: 'FORMAT',
        text: 'cfn-json or cfn-yaml: the CloudFormation template; cdk-ts or cdk-py: the CDK stack in TypeScript or Python; lifecycle-json: the lifecycle policy text (an object keyed by repository id when the design has several repositories); cdk-app: a CDK project.',
      },
      {
        name: 'repository',
        value: 'ID',
        text: 'With lifecycle-json: the policy of this repository alone.',
      },
      { name: 'out', value: 'DIR', text: 'With cdk-app: a new or empty directory to write.' },
      {
        name: 'language',
        value: 'LANG',
        text: 'With cdk-app: typescript (the default) or python.',
      },
    ],
  },
  {
    name: 'validate',
    synopsis: ['validate [FILE|-]'],
    text: "Print every finding on stderr as 'path: severity: message' (severity error, deploy-error or warning), one finding per line: a message of several lines continues on lines indented by two spaces. Exits 1 if any finding is not a warning.",
    options: [],
  },
  {
    name: 'schema',
    synopsis: ['schema [--simulate-output]'],
    text: 'Print the JSON Schema of the design format (docs/design-format.md in the package is generated from it), sample images included (repositories[].sampleImages).',
    options: [
      {
        name: 'simulate-output',
        text: 'Print the JSON Schema of what simulate prints instead.',
      },
    ],
  },
  {
    name: 'import',
    synopsis: ['import [FILE|-]'],
    text: 'Read a CloudFormation template (JSON or YAML, as cdk synth writes it or by hand), a lifecycle policy, or what aws ecr get-lifecycle-policy, aws ecr describe-repositories or the registry commands print (describe-registry, describe-repository-creation-templates, describe-pull-through-cache-rules, get-registry-scanning-configuration, get-registry-policy, get-signing-configuration, list-pull-time-update-exclusions; one or several, pasted with the commands around them), and print the design. What cannot be imported is a warning on stderr.',
    options: [],
  },
  {
    name: 'link',
    synopsis: ['link [FILE|-] [--base URL]'],
    text: 'Print the share link of a design: the design in the URL fragment (#v1.…), without its sample images (a link carries the policy, not the images; stderr says how many it left out, and the design file keeps them).',
    options: [
      {
        name: 'base',
        value: 'URL',
        text: 'The address of the designer to put before the fragment; without it, the fragment alone.',
      },
    ],
  },
  {
    name: 'open',
    synopsis: ['open LINK'],
    text: 'Print the design of a share link (a whole URL, a #fragment or a bare fragment).',
    options: [],
  },
  {
    name: 'simulate',
    synopsis: [
      'simulate [FILE|-] --images FILE [--manifests FILE] [--now ISO] [--repository ID]',
      'simulate [FILE|-] --images FILE [--in-use FILE]... [--compare FILE] [--days N] [--fail-on COND]',
    ],
    text: 'The lifecycle preview: what one run of the policy of one repository would do to each of its images, and why. Prints one JSON object: { repository, now, summary { images, expire, transition, keep, inUseAtRisk, changed, bytesExpired, bytesArchived }, assumptions (each point ECR does not document that the result depends on, as the preview decided it), images [{ digest, tags, action (keep, expire or transition), rulePriority (null when kept), reason, protectedBy?, heldBy?, followsSubject?, tie?, borderline?, inUse?, previous?, firstAction? }] }, with inUse { references, matched, unmatched, otherRepositories, images, protection? } after --in-use, compare { newlyExpired, newlyArchived, newlyKept, unchanged } after --compare and days after --days; schema --simulate-output prints its JSON Schema. A policy with errors or deploy-errors is not simulated, as ECR would refuse it: its findings go to stderr and the command exits 1. With --fail-on, a met condition prints one line per reason on stderr after the report and exits 1: a gate for CI before a policy is deployed.',
    options: [
      {
        name: 'images',
        value: 'FILE',
        text: 'The images (- for stdin, when the design is a FILE): what aws ecr describe-images prints (a {"imageDetails": [...]} page, pages concatenated or in a JSON array; AWS CLI v2 ISO 8601 or v1 epoch-second timestamps), or a JSON array of sample images (docs/preview-images.md). Images of another repository are left out with a warning; a wrong field is a finding with its path.',
        recipes: recipesFor('images'),
      },
      {
        name: 'manifests',
        value: 'FILE',
        text: 'What aws ecr batch-get-image prints for the image indexes (outputs concatenated or in a JSON array): their manifests say which images are children of which index; ECR acts on no child while its index exists.',
        recipes: recipesFor('manifests'),
      },
      {
        name: 'in-use',
        value: 'FILE',
        repeatable: true,
        text: "Where images run (repeatable): what kubectl get pods -A -o json prints (containers, initContainers, ephemeralContainers and the imageID digests of their statuses; workloads with a pod template too), aws ecs describe-tasks, aws ecs describe-task-definition or aws lambda get-function, or plain text with one reference a line (registry/repo:tag or registry/repo@sha256:…; # comments). A reference is this repository when its registry is ECR (ACCOUNT.dkr.ecr.REGION.amazonaws.com) and its path is the repositoryName (the design's, else that of the describe-images file, else inferred from the references naming its digests, with a warning), in the images' account when known; it names images by tag and by digest, and an image index and its children go together. Other references are counted and left out. Each image in use lists where (inUse); those the run expires or archives are at risk (summary.inUseAtRisk), and inUse.protection gives keep rules to put first that protect them (checked by simulating them).",
        recipes: recipesFor('in-use'),
      },
      {
        name: 'compare',
        value: 'FILE',
        text: 'The policy in force: what aws ecr get-lifecycle-policy prints, a bare lifecycle policy, or a template or design holding the repository (the one of the same repositoryName, else id, else the only one). Both policies run on the same images; each image whose action changes carries previous { action, rulePriority }, and summary.changed counts them.',
        recipes: recipesFor('compare'),
      },
      {
        name: 'now',
        value: 'ISO',
        text: 'The instant ECR evaluates the policy, such as 2025-06-30T00:00:00Z; default the current time.',
      },
      {
        name: 'days',
        value: 'N',
        text: 'Also run the policy once a day from now to now + N days (at most 3650), each run on what the earlier ones left, with no new pushes or pulls: each image that goes gets firstAction { day, on, action, rulePriority }, its first expiry or archive (ECR applies one action per image per run).',
      },
      {
        name: 'fail-on',
        value: 'COND',
        repeatable: true,
        text: 'Exit 1 when a condition is met (repeatable, or comma-separated): in-use (with --in-use), some image in use is at risk, one line per rule that hits such images; changes (with --compare), some image changes action, one line.',
      },
      {
        name: 'repository',
        value: 'ID',
        text: 'The repository whose lifecycle rules apply; default the first. Its repositoryName, when set, picks its images out of a file that has several repositories.',
      },
    ],
  },
];

export const globalOptions: OptionHelp[] = [
  { name: 'help', short: 'h', text: 'Print this help (`ecr-designer help` does too).' },
  { name: 'version', short: 'V', text: 'Print the version of ecr-designer.' },
];

export const inputNote =
  "FILE is a design (JSON, as schema describes it), or import's template or policy; - or no FILE reads it from stdin.";

export const exitCodes: [code: number, meaning: string][] = [
  [0, 'success'],
  [
    1,
    'the design, its lifecycle policy or an input is invalid (a policy CDK or ECR would refuse is not simulated), an import found errors, or a simulate --fail-on condition is met: the findings or reasons are on stderr, one per line',
  ],
  [
    2,
    'usage or unreadable input (a missing or binary file, broken JSON or link, unknown id): one line on stderr',
  ],
  [3, 'an internal error, a bug in ecr-designer: one line on stderr; please report it'],
];

/** Words filled into lines of at most `width` characters; lines after the first indent by `hang`. */
function wrap(text: string, indent: number, hang = indent, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const margin = lines.length === 0 ? indent : hang;
    if (line !== '' && margin + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l, i) => `${' '.repeat(i === 0 ? indent : hang)}${l}`);
}

export function optionFlag(option: OptionHelp): string {
  const long = option.value ? `--${option.name} ${option.value}` : `--${option.name}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

/** The text of `ecr-designer --help`. */
export function usageText(): string {
  const commands = commandHelp.flatMap((command) => [
    ...command.synopsis.map((s) => `  ${s}`),
    ...wrap(command.text, 6),
    ...command.options.flatMap((option) => [
      `      ${optionFlag(option)}`,
      ...wrap(option.text, 10),
      // Under the option they feed, a blank line before each: the text, then how to produce it.
      ...(option.recipes ?? []).flatMap((recipe) => [
        '',
        `          # ${recipe.title}`,
        ...recipe.lines.map((line) => `          ${line}`),
      ]),
      ...(option.recipes ? [''] : []),
    ]),
    '',
  ]);
  return [
    'usage: ecr-designer <command> [options]',
    '',
    ...wrap(inputNote, 0),
    '',
    'Commands:',
    ...commands,
    'Options of every command:',
    ...globalOptions.flatMap((option) => [`  ${optionFlag(option)}`, ...wrap(option.text, 6)]),
    '',
    'Exit codes:',
    ...exitCodes.flatMap(([code, meaning]) => wrap(`${code}  ${meaning}`, 2, 5)),
    '',
  ].join('\n');
}
