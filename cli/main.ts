/** The `ecr-designer` command: argument parsing and I/O around the engine, nothing more. */
import { oneOf, type ParsedArgs, parseArgs, UsageError } from './args';
import { renderCommand, schemaCommand, validateCommand } from './commands';
import { importCommand, linkCommand, openCommand } from './shareCommands';
import { simulateCommand } from './simulateCommand';

const usage = `usage: ecr-designer <command> [options]

  render [FILE|-] --format cfn-json|cfn-yaml|cdk-ts|cdk-py|lifecycle-json [--repository ID]
  render [FILE|-] --format cdk-app --out DIR [--language typescript|python]
  validate [FILE|-]       print every finding as 'path: severity: message'; exit 1 on errors
  schema                  print the JSON Schema of the design format
  import [FILE|-]         read a CloudFormation template (JSON or YAML, cdk synth's included), a
                          lifecycle policy, or aws ecr get-lifecycle-policy or describe-repositories
                          output; print the design
  link [FILE|-] [--base URL]  print the share link of a design
  open LINK               print the design of a share link (a whole URL or its fragment)
  simulate [FILE|-] --images IMAGES.json [--now ISO] [--repository ID]
                          the lifecycle preview: what ECR would do to each image, and why

Exit codes: 0 success, 1 invalid design (findings on stderr), 2 usage or unreadable input.`;

const commands: Record<string, (args: ParsedArgs) => Promise<number>> = {
  render: renderCommand,
  validate: validateCommand,
  schema: schemaCommand,
  import: importCommand,
  link: linkCommand,
  open: openCommand,
  simulate: simulateCommand,
};

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    console.log(usage);
    return argv.length === 0 ? 2 : 0;
  }
  const args = parseArgs(
    argv,
    new Set(['format', 'repository', 'out', 'language', 'base', 'images', 'now']),
    new Set(['help']),
  );
  if (args.options.has('help')) {
    console.log(usage);
    return 0;
  }
  const command = oneOf(args.command, Object.keys(commands), 'command')!;
  return commands[command]!(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`ecr-designer: ${error.message}`);
      process.exitCode = 2;
    } else {
      // An engine bug, not the user's mistake: still one line, with a pointer to report it.
      console.error(
        `ecr-designer: internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`,
      );
      process.exitCode = 3;
    }
  },
);
