/**
 * Nothing dropped silently: after the import, every property and resource attribute of each
 * imported resource is compared with what the imported design renders for it (references
 * mapped to the logical IDs the design gives, lists compared as sets, JSON text as its value).
 * Whatever the design does not carry over and no finding already names gets a warning with its
 * exact path, e.g. Resources.Repo.Properties.ImageScanningConfiguration.ScanOnPush.
 */
import { analyzeDesign } from '../analyzeDesign';
import { type ConstructNode, defaultResourceOf } from '../cdk/constructNode';
import type { Design } from '../design/designSchema';
import { isPlainObject } from '../design/schemaKit';
import { type FieldPath, pathStartsWith } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import type { ImportedEntities } from './importedEntities';
import { isBootstrapPart } from './templateLeftOut';

/** Findings that name a whole resource for another reason explain none of its properties. */
const wholeResourceCodes = new Set<string>([
  FindingCode.logicalIdChanges,
  FindingCode.renderDiffers,
]);

/** The logical ID the design renders each imported resource under. */
function renamesOf(
  design: Design,
  repositoryIds: ReadonlyMap<string, string>,
  entities: ImportedEntities,
): Map<string, string> {
  const { children } = analyzeDesign(design).tree;
  const resourceOf = (id: string, kinds: (kind: ConstructNode['kind']) => boolean) => {
    const node = children.find((child) => child.id === id && kinds(child.kind));
    return node && defaultResourceOf(node);
  };
  const renames = new Map<string, string>();
  for (const [logicalId, id] of repositoryIds) {
    const rendered = resourceOf(id, (kind) => kind === 'repository');
    if (rendered) renames.set(logicalId, rendered);
  }
  for (const [logicalId, id] of entities.idOf) {
    const rendered = resourceOf(id, (kind) => kind !== 'repository' && kind !== 'output');
    if (rendered && !renames.has(logicalId)) renames.set(logicalId, rendered);
  }
  return renames;
}

/** The value with Ref, GetAtt and DependsOn targets renamed, and JSON text read as its value. */
function normalized(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  const rename = (id: unknown) => (typeof id === 'string' ? (renames.get(id) ?? id) : id);
  if (typeof value === 'string' && /^\s*[{[]/.test(value)) {
    try {
      return normalized(JSON.parse(value), renames);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((item) => normalized(item, renames));
  if (!isPlainObject(value)) return value;
  if (typeof value.Ref === 'string' && Object.keys(value).length === 1)
    return { Ref: rename(value.Ref) };
  const getAtt = value['Fn::GetAtt'];
  if (Object.keys(value).length === 1 && getAtt !== undefined) {
    const [id, ...rest] = typeof getAtt === 'string' ? getAtt.split('.') : (getAtt as unknown[]);
    return { 'Fn::GetAtt': [rename(id), typeof getAtt === 'string' ? rest.join('.') : rest[0]] };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v, renames)]));
}

/** Deep equality that ignores key order, and item order in lists. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = [...b];
    return (
      a.length === b.length &&
      a.every((item) => {
        const at = left.findIndex((other) => sameValue(item, other));
        return at >= 0 && left.splice(at, 1).length === 1;
      })
    );
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]))
  );
}

/** `{ Ref: … }`, `{ Fn::…: … }`: compared whole, not key by key. */
const isIntrinsicShape = (value: Record<string, unknown>) =>
  Object.keys(value).length === 1 && /^(Ref|Fn::\w+|Condition)$/.test(Object.keys(value)[0]!);

/** The template's leaves (lists whole) that the rendered value lacks or has otherwise. */
function differences(had: unknown, got: unknown, path: FieldPath, out: FieldPath[]): void {
  if (isPlainObject(had) && Object.keys(had).length > 0 && !isIntrinsicShape(had)) {
    const inner = isPlainObject(got) ? got : {};
    for (const [key, value] of Object.entries(had))
      differences(value, inner[key], [...path, key], out);
    return;
  }
  if (!sameValue(had, got)) out.push(path);
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** A warning for each property or attribute of an imported resource the design does not carry. */
export function reportNotCarried(
  resources: Record<string, Record<string, unknown>>,
  design: Design,
  repositoryIds: ReadonlyMap<string, string>,
  entities: ImportedEntities,
  findings: readonly Finding[],
): Finding[] {
  const rendered: Record<string, Record<string, unknown>> = (analyzeDesign(design).template
    .Resources as Record<string, Record<string, unknown>>) ?? {};
  const renames = renamesOf(design, repositoryIds, entities);
  const explained = findings.filter((f) => !wholeResourceCodes.has(f.code)).map((f) => f.path);
  const out: Finding[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    const target = rendered[renames.get(logicalId) ?? logicalId];
    if (!target || isBootstrapPart('Resources', logicalId)) continue;
    const { Type: _, Metadata, ...rest } = resource;
    const metadata = isPlainObject(Metadata)
      ? Object.fromEntries(Object.entries(Metadata).filter(([k]) => k !== 'aws:cdk:path'))
      : Metadata;
    const had = normalized(
      metadata === undefined || (isPlainObject(metadata) && Object.keys(metadata).length === 0)
        ? rest
        : { ...rest, Metadata: metadata },
      renames,
    );
    const paths: FieldPath[] = [];
    const { Type: __, ...body } = target;
    const renderedBody = normalized(body, new Map());
    differences(had, renderedBody, ['Resources', logicalId], paths);
    for (const path of paths) {
      if (explained.some((p) => pathStartsWith(path, p) || pathStartsWith(p, path))) continue;
      // Read in the normalized body, so that a path into JSON text (a policy string) finds its value.
      const got = path
        .slice(2)
        .reduce<unknown>(
          (v, k) =>
            isPlainObject(v) || Array.isArray(v)
              ? (v as Record<string | number, unknown>)[k]
              : undefined,
          renderedBody,
        );
      const message = `not carried over: the imported design renders ${shown(got)} here`;
      out.push(designWarning(FindingCode.propertyLeftOut, path, message));
    }
  }
  return out;
}
