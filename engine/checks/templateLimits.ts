/**
 * Limits of the whole template. aws-cdk-lib refuses a stack of more than 500 resources while
 * it synthesizes; its validation then reads the template file it wrote (JSON, 1-space indent)
 * and stops at the first thing it cannot read: a file over 10 MiB, or a lone surrogate, which
 * JSON.stringify writes as a `\udXXX` escape that its JSON parser (Rust's serde_json) rejects.
 * Either is then the only description of the validation report. Nor may the template be empty.
 */

import type { PlacedResource } from '../cdk/template';
import { resourceJson } from '../cdk/templateJson';
import { type Finding, FindingCode } from '../findings';
import { perObject } from '../util/memo';
import { synthError, validationError } from './phaseFindings';

const maxResources = 500;
export const maxTemplateBytes = 10 * 1024 * 1024;

/**
 * Synth phase: Stack.synthesize's limit (the `@aws-cdk/core:stackResourceLimit` context, default
 * 500).
 */
export function resourceLimitErrors(
  resources: readonly PlacedResource[],
  stackId: string,
): Finding[] {
  if (resources.length <= maxResources) return [];
  const counts = new Map<string, number>();
  for (const [, resource] of resources) {
    const type = String((resource as { Type?: unknown }).Type);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const byType = [...counts].map(([type, count]) => `${type} (${count})`).join(', ');
  return [
    synthError(
      FindingCode.tooManyResources,
      // The first resource over the limit.
      resources[maxResources]![2],
      `Number of resources in stack '${stackId}': ${resources.length} is greater than allowed maximum of ${maxResources}: ${byType}`,
    ),
  ];
}

/** UTF-8 length; the text comes from JSON.stringify, so it holds no lone surrogate. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Backslash escapes of JSON text; `\uXXXX` keeps its four hex digits. */
const escapes = /\\(?:u([0-9a-fA-F]{4})|[^u])/g;

interface SurrogateError {
  index: number;
  reason: string;
}

/** Where serde_json fails on the first lone surrogate escape of `text`, if any. */
export function loneSurrogateError(text: string): SurrogateError | undefined {
  for (const match of text.matchAll(escapes)) {
    const code = match[1] === undefined ? 0 : Number.parseInt(match[1], 16);
    if (code < 0xd800 || code > 0xdfff) continue;
    const start = match.index;
    if (code >= 0xdc00) return { index: start + 6, reason: 'lone leading surrogate in hex escape' };
    // A leading surrogate wants `\u` and a trailing one; serde_json reads on that far.
    if (text[start + 6] !== '\\')
      return { index: start + 7, reason: 'unexpected end of hex escape' };
    if (text[start + 7] !== 'u')
      return { index: start + 8, reason: 'unexpected end of hex escape' };
    return { index: start + 12, reason: 'lone leading surrogate in hex escape' };
  }
  return undefined;
}

/** serde_json's position: 1-based line, column in bytes from the start of the line. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: utf8Length(text.slice(lineStart, index)) };
}

/**
 * Whether a resource's text in the template holds a lone surrogate, once per resource object.
 * JSON.stringify writes one as a lower-case `\udxxx` escape: a text without `\ud` holds none.
 */
const holdsLoneSurrogate = perObject((resource: object) => {
  const text = resourceJson(resource, 1);
  return text.includes('\\ud') && loneSurrogateError(text) !== undefined;
});

/**
 * Template validation: the failure that hides every other one, given the template as CDK writes
 * it (`JSON.stringify(template, undefined, 1)`); undefined when the validator can read it. A lone
 * surrogate can only come from a resource (logical IDs are letters and digits, the bootstrap
 * sections fixed ASCII), so the text is searched only when a resource holds one.
 */
export function unreadableTemplateError(
  text: string,
  resources: readonly PlacedResource[],
): Finding | undefined {
  if (text.length * 3 > maxTemplateBytes && utf8Length(text) > maxTemplateBytes)
    return validationError(
      FindingCode.templateTooLarge,
      [],
      'Template exceeds maximum size of 10MB',
    );
  // The parser stops at the first one: the first resource that holds one holds it.
  const owner = resources.find(([, resource]) => holdsLoneSurrogate(resource));
  // A resource under a logical ID used twice is not in the text: it may hold one the text lacks.
  const error = owner && loneSurrogateError(text);
  if (!error) return undefined;
  const { line, column } = positionOf(text, error.index);
  const message = `JSON parse error: ${error.reason} at line ${line} column ${column}`;
  return validationError(FindingCode.loneSurrogate, owner[2], message);
}

const emptyTemplateError = 'Resources section must exist and be non-empty';

/**
 * Template validation: a design that makes no resource leaves CloudFormation no Resources section
 * to accept.
 */
export function emptyTemplateErrors(resources: readonly PlacedResource[]): Finding[] {
  if (resources.length > 0) return [];
  return [validationError(FindingCode.emptyTemplate, ['repositories'], emptyTemplateError)];
}
