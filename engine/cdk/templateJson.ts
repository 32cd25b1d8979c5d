/**
 * A template's JSON text, `JSON.stringify(template, undefined, indent)` to the byte, put
 * together from the text of each resource, which is kept per resource object: the resources a
 * keystroke leaves alone keep their objects (template.ts), so only the changed ones are
 * written again.
 */
import { perObject } from '../util/memo';
import type { CfnTemplate } from './template';

/** The indents the template is written with: 2 for the output, 1 as CDK writes it to validate it. */
type Indent = 1 | 2;

/** The text of `value` as the innermost entry of `depth` nested arrays, where its lines are indented as `depth` levels down. */
function nested(value: unknown, depth: number, indent: Indent): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  return JSON.stringify(wrapped, undefined, indent);
}

/**
 * The text of a value `depth` levels down, as JSON.stringify writes it there (its lines
 * indented that much more): cut from the nested arrays around it, whose brackets and
 * indentation around a 0 measure the cut.
 */
function textAt(indent: Indent, depth: number): (value: object) => string {
  const frame = nested(0, depth, indent);
  const [before, after] = [frame.indexOf('0'), frame.length - frame.indexOf('0') - 1];
  return perObject((value) => {
    const text = nested(value, depth, indent);
    return text.slice(before, text.length - after);
  });
}

/** The text of a section (depth 1) and of a resource (depth 2), by indent. */
const sectionText = { 1: textAt(1, 1), 2: textAt(2, 1) };
const resourceText = { 1: textAt(1, 2), 2: textAt(2, 2) };

/** A resource's text as it stands in the template written with `indent`, once per resource object. */
export const resourceJson = (resource: object, indent: Indent) => resourceText[indent](resource);

/**
 * An object's text from its members' texts, as JSON.stringify lays one out `depth` levels down.
 * Concatenated, not joined: the result stays a rope of the members' texts until it is read, so
 * checking its length copies nothing.
 */
function objectText(members: [key: string, text: string][], indent: Indent, depth: number) {
  if (members.length === 0) return '{}';
  const inner = ' '.repeat(indent * (depth + 1));
  let text = '{';
  for (const [i, [key, member]] of members.entries())
    text += `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: ${member}`;
  return `${text}\n${' '.repeat(indent * depth)}}`;
}

/** The template as JSON text; its sections in their own order (Resources, Parameters, Rules). */
export function templateJson(template: CfnTemplate, indent: Indent): string {
  const sections = Object.entries(template).map(([name, section]): [string, string] => {
    // The Description is a string, which the per-object cache cannot key.
    if (typeof section !== 'object') return [name, JSON.stringify(section)];
    if (name !== 'Resources') return [name, sectionText[indent](section)];
    const resources = Object.entries(section as Record<string, object>).map(
      ([logicalId, resource]): [string, string] => [logicalId, resourceText[indent](resource)],
    );
    return [name, objectText(resources, indent, 1)];
  });
  return objectText(sections, indent, 0);
}
