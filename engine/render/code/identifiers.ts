/** Identifiers the generated code declares: valid and unreserved in TypeScript and, snake_cased, in Python. */
import { pythonNameOf } from './pythonNames';

/** Reserved words, and names strict-mode modules may not declare (arguments, eval). */
const reservedWords = new Set(
  'arguments eval break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await async of type any'.split(
    ' ',
  ),
);

/** Names that would break the Python rosetta derives from a TypeScript identifier (see pythonNames.ts). */
const pythonReserved = new Set(
  'and as assert def del elif except from global is lambda nonlocal not or pass raise None True False self kwargs construct_id print'.split(
    ' ',
  ),
);

/** A lowerCamelCase identifier derived from a construct id, not clashing with `taken`. */
export function tsIdentifier(source: string, fallback: string, taken: Set<string>): string {
  const words = source.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
  if (name === '' || /^[0-9]/.test(name))
    name = fallback + name.charAt(0).toUpperCase() + name.slice(1);
  if (reservedWords.has(name) || pythonReserved.has(pythonNameOf(name))) name = `${name}Repository`;
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}${n}`;
  taken.add(unique);
  return unique;
}
