/**
 * The import's last check: the imported design rendered, resource by resource, against the
 * template, so that an import without warnings is exact.
 */
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import { isPlainObject } from '../design/schemaKit';
import { formatPath, pathStartsWith } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { isBootstrapPart } from './templateLeftOut';

/** A resource without the construct path `cdk synth` adds to its Metadata (the import reads it). */
function withoutCdkPath(resource: unknown): unknown {
  if (!isPlainObject(resource) || !isPlainObject(resource.Metadata)) return resource;
  const { 'aws:cdk:path': _, ...metadata } = resource.Metadata;
  const { Metadata, ...rest } = resource;
  return Object.keys(metadata).length > 0 ? { ...rest, Metadata: metadata } : rest;
}

/**
 * The resource as CloudFormation reads it: keys in one order (a template's key order means
 * nothing) and `Fn::GetAtt: 'X.Arn'` as `[X, Arn]`; strings and list order stay as written.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isPlainObject(value)) return value;
  const getAtt = value['Fn::GetAtt'];
  if (Object.keys(value).length === 1 && typeof getAtt === 'string') {
    const dot = getAtt.indexOf('.');
    return { 'Fn::GetAtt': [getAtt.slice(0, dot), getAtt.slice(dot + 1)] };
  }
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

const sameResource = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(withoutCdkPath(a))) === JSON.stringify(canonical(b));

/** A construct id or the stack name: what the import chooses rather than reads. */
const chosenByImport = (path: readonly (string | number)[]) =>
  path.at(-1) === 'id' || (path.length === 1 && path[0] === 'stackName');

/**
 * Renders the imported design and names every resource that comes out differently and is not
 * already explained: by a finding at the resource, or (a logical ID rendering gives a resource the
 * template has under another, `renamed`) by the warning at the template's.
 */
export function renderDifferences(
  resources: Record<string, unknown>,
  design: Design,
  findings: readonly Finding[],
  renamed: ReadonlySet<string>,
): Finding[] {
  // The resources as written even when CDK would fail on them (a template CloudFormation's own
  // validation rejects imports into a design that shows why).
  const analysis = analyzeDesign(design);
  const rendered: Record<string, unknown> = analysis.template.Resources ?? {};
  // An import never hands over, unsaid, a design that the ids it chose make CDK refuse (the
  // template's own mistakes come over as they are, and the design shows them where they are).
  const refused = analysis.findings
    .filter((f) => f.severity === 'error' && chosenByImport(f.path))
    .map((f) =>
      designWarning(
        FindingCode.importedDesignRefused,
        ['Resources'],
        `the imported design is refused at ${formatPath(f.path)}: ${f.message}`,
      ),
    );
  const explained = (id: string) =>
    renamed.has(id) || findings.some((f) => pathStartsWith(f.path, ['Resources', id]));
  const differing = [...new Set([...Object.keys(resources), ...Object.keys(rendered)])]
    .filter((id) => !isBootstrapPart('Resources', id) && !explained(id))
    .filter((id) => !sameResource(resources[id], rendered[id]))
    .map((id) =>
      designWarning(
        FindingCode.renderDiffers,
        ['Resources', id],
        id in rendered
          ? id in resources
            ? 'the imported design renders this resource differently (as CDK writes it)'
            : 'the imported design adds this resource (CDK creates it for what was imported)'
          : 'this resource is not rendered from the imported design',
      ),
    );
  return [...refused, ...differing];
}
