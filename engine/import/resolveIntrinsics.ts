/**
 * The intrinsic values the import can resolve without guessing: `Ref` of a parameter that has a
 * Default (the default is offered, with a warning naming the parameter), `Fn::Sub` whose
 * variables are all given as literals, `Fn::Join` of literals. Pseudo parameters (AWS::Region,
 * AWS::AccountId …), resources and everything else stay unresolved.
 */
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';

export type Resolved = { ok: true; value: string; notes: Finding[] } | { ok: false };

const unresolved: Resolved = { ok: false };

/** The template's parameters that have a literal string (or number) Default, by name. */
export function parameterDefaults(template: Record<string, unknown>): Map<string, string> {
  const defaults = new Map<string, string>();
  const parameters = isPlainObject(template.Parameters) ? template.Parameters : {};
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = isPlainObject(parameter) ? parameter.Default : undefined;
    if (typeof value === 'string' || typeof value === 'number') defaults.set(name, String(value));
  }
  return defaults;
}

function resolveSub(args: unknown, resolveIn: (v: unknown) => Resolved): Resolved {
  const [text, variables] = Array.isArray(args) ? args : [args, {}];
  if (typeof text !== 'string' || !isPlainObject(variables)) return unresolved;
  const notes: Finding[] = [];
  let failed = false;
  const value = text.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    // A name the map does not give is a parameter, a resource or a pseudo parameter.
    const given = resolveIn(Object.hasOwn(variables, name) ? variables[name] : { Ref: name });
    if (!given.ok) failed = true;
    else notes.push(...given.notes);
    return given.ok ? given.value : whole;
  });
  return failed ? unresolved : { ok: true, value, notes };
}

function resolveJoin(args: unknown, resolveIn: (v: unknown) => Resolved): Resolved {
  if (!Array.isArray(args) || typeof args[0] !== 'string' || !Array.isArray(args[1]))
    return unresolved;
  const parts = args[1].map(resolveIn);
  if (!parts.every((p) => p.ok)) return unresolved;
  return {
    ok: true,
    value: parts.map((p) => p.value).join(args[0]),
    notes: parts.flatMap((p) => p.notes),
  };
}

/** A string value, literal or resolved; the notes warn of each parameter default taken. */
export function resolveString(
  value: unknown,
  path: FieldPath,
  defaults: ReadonlyMap<string, string>,
): Resolved {
  const resolveIn = (v: unknown): Resolved => resolveString(v, path, defaults);
  if (typeof value === 'string') return { ok: true, value, notes: [] };
  if (typeof value === 'number') return { ok: true, value: String(value), notes: [] };
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return unresolved;
  if (typeof value.Ref === 'string') {
    const given = defaults.get(value.Ref);
    if (given === undefined) return unresolved;
    const message = `the parameter ${value.Ref}'s Default ${JSON.stringify(given)} is used; the design cannot take a parameter`;
    return {
      ok: true,
      value: given,
      notes: [designWarning(FindingCode.intrinsicResolved, path, message)],
    };
  }
  if ('Fn::Sub' in value) return resolveSub(value['Fn::Sub'], resolveIn);
  if ('Fn::Join' in value) return resolveJoin(value['Fn::Join'], resolveIn);
  return unresolved;
}

/** `value` with every intrinsic that resolves replaced by its string; notes go to `findings`. */
function resolveWithin(
  value: unknown,
  path: FieldPath,
  defaults: ReadonlyMap<string, string>,
  findings: Finding[],
): unknown {
  if (Array.isArray(value))
    return value.map((item, index) => resolveWithin(item, [...path, index], defaults, findings));
  if (!isPlainObject(value)) return value;
  const resolved = typeof value === 'object' ? resolveString(value, path, defaults) : unresolved;
  if (resolved.ok) {
    findings.push(...resolved.notes);
    return resolved.value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      resolveWithin(v, [...path, key], defaults, findings),
    ]),
  );
}

/**
 * The resources with what resolves in their Properties resolved (Ref of a parameter with a
 * Default, Fn::Sub and Fn::Join of literals), so that every reader of the import sees literals.
 */
export function resolveResources<R extends Record<string, unknown>>(
  resources: Record<string, R>,
  defaults: ReadonlyMap<string, string>,
  findings: Finding[],
): Record<string, R> {
  return Object.fromEntries(
    Object.entries(resources).map(([logicalId, resource]) => {
      if (!isPlainObject(resource.Properties)) return [logicalId, resource];
      const path = ['Resources', logicalId, 'Properties'];
      const properties = resolveWithin(resource.Properties, path, defaults, findings);
      return [logicalId, { ...resource, Properties: properties }];
    }),
  );
}
