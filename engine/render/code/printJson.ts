/**
 * Plain JSON data as a language's literal, for the values the generated code hands to
 * `JSON.stringify` / `json.dumps` (a creation template's lifecycle and repository policies). On
 * one line when it fits in what is left of the line, else one entry a line, recursively.
 */
import type { Json } from '../../cdk/intrinsics';
import { lineWidth } from './lineLayout';

export interface JsonLexicon {
  string: (value: string) => string;
  key: (key: string) => string;
  literal: (value: boolean | null) => string;
  /** One level of indentation. */
  unit: string;
  /** Whether an entry broken onto its own line ends with a comma. */
  trailingComma: boolean;
  /** What an object on one line has inside its braces (TypeScript `{ a: 1 }`, Python `{"a": 1}`). */
  objectPad: string;
}

/** `value` printed from `column` on, its broken lines indented from `indent`. */
export function printJson(
  value: Json,
  column: number,
  indent: string,
  lexicon: JsonLexicon,
): string {
  if (typeof value === 'string') return lexicon.string(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || value === null) return lexicon.literal(value);
  const inner = `${indent}${lexicon.unit}`;
  const isList = Array.isArray(value);
  const entries = isList
    ? value.map((item) => printJson(item, inner.length, inner, lexicon))
    : Object.entries(value).map(([k, v]) => {
        const head = `${lexicon.key(k)}: `;
        return `${head}${printJson(v, inner.length + head.length, inner, lexicon)}`;
      });
  const [open, close] = isList ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const pad = isList ? '' : lexicon.objectPad;
  const inline = `${open}${pad}${entries.join(', ')}${pad}${close}`;
  if (column + inline.length + 2 <= lineWidth && !inline.includes('\n')) return inline;
  const comma = lexicon.trailingComma ? ',' : '';
  const lines = entries.map((entry, i) =>
    i < entries.length - 1 ? `${inner}${entry},` : `${inner}${entry}${comma}`,
  );
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** DEL and beyond, a surrogate pair included (lone surrogates are removed before the test). */
const wideCharacter = /[\u007f-\ud7ff\ue000-\uffff]|[\ud800-\udbff][\udc00-\udfff]/;

function stringsOf(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return Object.entries(value).flatMap(([key, entry]) => [key, ...stringsOf(entry)]);
}

/**
 * Which characters the data's keys and strings hold beyond what every JSON writer escapes alike:
 * `lone` UTF-16 surrogates without their pair, `wide` characters from DEL on (pairs included).
 */
export function jsonCharacters(value: Json): { lone: boolean; wide: boolean } {
  const strings = stringsOf(value);
  return {
    lone: strings.some((s) => loneSurrogate.test(s)),
    wide: strings.some((s) => wideCharacter.test(s.replace(new RegExp(loneSurrogate, 'g'), ''))),
  };
}
