/**
 * What aws-cdk-lib's template validation says of a template file it cannot read, against
 * templateLimits.ts: lone surrogates where JSON.stringify escapes them (the parser's position
 * in lines and UTF-8 columns), and the 10 MiB limit, counted in bytes.
 */
import { describe, expect, it } from 'vitest';
import { validateTemplateText } from '../../oracle/cfnValidate';
import type { PlacedResource } from '../cdk/template';
import { maxTemplateBytes, unreadableTemplateError, utf8Length } from './templateLimits';

function placedKey(description: string, tags?: Record<string, string>): PlacedResource[] {
  const Tags = tags && Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return [
    [
      'Key961B73FD',
      { Type: 'AWS::KMS::Key', Properties: { Description: description } },
      ['keys', 0],
    ],
    [
      'Repository22E53BBD',
      { Type: 'AWS::ECR::Repository', Properties: { Tags } },
      ['repositories', 0],
    ],
  ];
}

const textOf = (placed: PlacedResource[]) =>
  JSON.stringify({ Resources: Object.fromEntries(placed.map(([id, r]) => [id, r])) }, null, 1);

const surrogateCases: [string, PlacedResource[]][] = [
  ['a leading surrogate before a letter', placedKey('a\ud800b')],
  ['a leading surrogate at the end', placedKey('\ud800')],
  ['a leading surrogate before an escape', placedKey('\ud800\n')],
  ['a leading surrogate before a \\u escape', placedKey('\ud800\u0001')],
  ['two leading surrogates', placedKey('\ud800\ud800')],
  ['a trailing surrogate', placedKey('x\udc00')],
  ['after multi-byte characters', placedKey('é€😀\ud800')],
  ['an escaped backslash before "ud800"', placedKey('\\ud800 and \ud800')],
  ['in the second resource', placedKey('fine', { team: 'a\udfff' })],
];

describe('templates the validator cannot read', () => {
  it.each(surrogateCases)('%s', (_, placed) => {
    const text = textOf(placed);
    const reported = validateTemplateText(text).map((v) => v.description);
    const engine = unreadableTemplateError(text, placed);
    expect(engine && [engine.message]).toEqual(reported);
  });

  it('names the resource that holds the first lone surrogate', () => {
    const placed = placedKey('fine', { team: 'a\udfff' });
    expect(unreadableTemplateError(textOf(placed), placed)?.path).toEqual(['repositories', 0]);
  });

  it('counts the 10 MiB limit in UTF-8 bytes of the file, and then reports nothing else', () => {
    const frame = utf8Length(textOf(placedKey('')));
    for (const bytes of [maxTemplateBytes, maxTemplateBytes + 1]) {
      // Mostly two-byte characters: a limit in characters would not fall here.
      const twoByte = Math.floor((bytes - frame) / 2);
      const placed = placedKey('é'.repeat(twoByte) + 'e'.repeat(bytes - frame - 2 * twoByte));
      const text = textOf(placed);
      expect(utf8Length(text)).toBe(bytes);
      const reported = validateTemplateText(text).map((v) => v.description);
      const engine = unreadableTemplateError(text, placed);
      if (bytes > maxTemplateBytes) {
        expect(reported).toEqual(['Template exceeds maximum size of 10MB']);
        expect(engine?.message).toBe(reported[0]);
      } else {
        expect(reported.filter((d) => /10MB/.test(d))).toEqual([]);
        expect(engine).toBeUndefined();
      }
    }
  });
});
