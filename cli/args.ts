/** Command-line parsing for `ecr-designer`: positional arguments and `--name value` / `--name=value` options. */
export class UsageError extends Error {}

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Map<string, string>;
}

export function parseArgs(
  argv: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
): ParsedArgs {
  const [command, ...rest] = argv;
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.has(name)) {
      options.set(name, 'true');
    } else if (valued.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command, positionals, options };
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  what: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`unknown ${what} '${value}'; expected one of ${allowed.join(', ')}`);
  return value as T;
}
