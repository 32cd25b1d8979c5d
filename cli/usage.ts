/**
 * What `ecr-designer --help` says, as data: the parser accepts exactly the options listed here,
 * and docs/cli.md is generated from it (scripts/referenceDocs.ts), so neither can drift.
 */
export interface OptionHelp {
  name: string;
  /** The one-letter form, as in -h. */
  short?: string;
  /** The placeholder of the option's value; absent for a flag. */
  value?: string;
  text: string;
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
    synopsis: ['schema'],
    text: 'Print the JSON Schema of the design format (docs/design-format.md in the package is generated from it), sample images included (repositories[].sampleImages).',
    options: [],
  },
  {
    name: 'import',
    synopsis: ['import [FILE|-]'],
    text: 'Read a CloudFormation template (JSON or YAML, as cdk synth writes it or by hand), a lifecycle policy, or what aws ecr get-lifecycle-policy or aws ecr describe-repositories prints, and print the design. What cannot be imported is a warning on stderr.',
    options: [],
  },
  {
    name: 'link',
    synopsis: ['link [FILE|-] [--base URL]'],
    text: 'Print the share link of a design: the whole design in the URL fragment (#v1.…).',
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
    synopsis: ['simulate [FILE|-] --images FILE [--now ISO] [--repository ID]'],
    text: 'The lifecycle preview: what ECR would do to each sample image under the policy of one repository, and why. Prints a JSON array, in the order of the images, of { digest, action (keep, expire or transition), rulePriority (null when kept), reason }.',
    options: [
      {
        name: 'images',
        value: 'FILE',
        text: 'The sample images (- for stdin, when the design is a FILE): a JSON array of { digest, tags, pushedAt, lastPulledAt?, storageClass?, archivedAt?, lastActivatedAt?, manifestListDigest? }, instants in ISO 8601. docs/preview-images.md (in the package) describes the format; schema prints it as repositories[].sampleImages.',
      },
      {
        name: 'now',
        value: 'ISO',
        text: 'The instant ECR evaluates the policy, such as 2025-06-30T00:00:00Z; default the current time.',
      },
      {
        name: 'repository',
        value: 'ID',
        text: 'The repository whose lifecycle rules apply; default the first.',
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
  [1, 'the design is invalid, or an import found errors: the findings are on stderr, one per line'],
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
