/** The `ecr-designer` command: argument parsing and I/O around the engine, nothing more. */
import { type ParsedArgs, parseCommandLine, UsageError } from './args';
import { renderCommand, schemaCommand, validateCommand } from './commands';
import { oneLine } from './io';
import { importCommand, linkCommand, openCommand } from './shareCommands';
import { simulateCommand } from './simulateCommand';
import { commandHelp, usageText } from './usage';
import { packageVersion } from './version';

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
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Usage problems go to stderr, so that nothing is mistaken for a command's output.
    process.stderr.write(usageText());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usageText());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    console.log(packageVersion);
    return 0;
  }
  const help = commandHelp.find((c) => c.name === name);
  if (!help)
    throw new UsageError(
      `unknown command '${name}'; expected one of ${Object.keys(commands).join(', ')} (see --help)`,
    );
  const args = parseCommandLine(name, rest, help.options);
  if (args.options.has('help')) {
    process.stdout.write(usageText());
    return 0;
  }
  if (args.options.has('version')) {
    console.log(packageVersion);
    return 0;
  }
  return commands[name]!(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`ecr-designer: ${oneLine(error.message)}`);
      process.exitCode = 2;
    } else {
      // An engine bug, not the user's mistake: still one line, with a pointer to report it.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`ecr-designer: internal error: ${oneLine(message)} (please report this)`);
      process.exitCode = 3;
    }
  },
);
