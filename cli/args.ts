/**
 * Command-line parsing for `ecr-designer`, on node:util's parseArgs: each command takes the
 * options its help lists (cli/usage.ts), plus --help/-h and --version/-V.
 */
import { parseArgs } from 'node:util';
import { globalOptions, type OptionHelp, optionFlag } from './usage';

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  /** The last value of each option given ('true' for a flag). */
  options: Map<string, string>;
  /** Every value of a repeatable option, in order. */
  lists: Map<string, string[]>;
}

function unknownOption(command: string, raw: string, accepted: readonly OptionHelp[]): string {
  const takes =
    accepted.length === 0
      ? 'takes no options'
      : `takes ${accepted.map((o) => `--${o.name}`).join(', ')}`;
  return `unknown option ${raw}; ${command} ${takes}`;
}

export function parseCommandLine(
  command: string,
  argv: readonly string[],
  accepted: readonly OptionHelp[],
): ParsedArgs {
  const known = new Map([...accepted, ...globalOptions].map((o) => [o.name, o]));
  // Not strict: the checks below give one line each in our words, where parseArgs' own errors
  // run over several lines and suggest `--` tricks.
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      [...known.values()].map((o) => [
        o.name,
        {
          type: o.value ? ('string' as const) : ('boolean' as const),
          ...(o.short ? { short: o.short } : {}),
        },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const lists = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = known.get(token.name);
    if (!option) throw new UsageError(unknownOption(command, token.rawName, accepted));
    if (!option.value) {
      if (token.inlineValue) throw new UsageError(`option ${token.rawName} takes no value`);
      options.set(token.name, 'true');
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      // `--format --out x` would otherwise take '--out' as the format.
      throw new UsageError(`option --${token.name} needs a value: ${optionFlag(option)}`);
    } else {
      options.set(token.name, token.value);
      lists.set(token.name, [...(lists.get(token.name) ?? []), token.value]);
    }
  }
  return { positionals, options, lists };
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
