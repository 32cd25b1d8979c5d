import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../oracle/assertProperty';
import { plainIdDesignArbitrary } from '../../oracle/designArbitrary';
import { analyzeDesign } from '../analyzeDesign';
import { isPlainObject } from '../design/schemaKit';
import { type FieldPath, formatPath, pathStartsWith } from '../fieldPath';
import { FindingCode } from '../findings';
import { render } from '../render/render';
import { importText } from './importTemplate';

const handWritten = readFileSync(
  new URL('../fixtures/templates/hand-written.yaml', import.meta.url),
  'utf8',
);

describe('a hand-written template (engine/fixtures/templates/hand-written.yaml)', () => {
  const { design, findings } = importText(handWritten);
  const paths = findings.map((f) => formatPath(f.path));

  it('names every property, attribute and section it does not carry over', () => {
    for (const path of [
      'Resources.Repo.Properties.ImageScanningConfiguration.ScanOnPush',
      'Resources.Repo.Properties.EncryptionConfiguration.EncryptionType',
      'Resources.Repo.Properties.LifecyclePolicy.RegistryId',
      'Resources.Repo.DependsOn',
      'Resources.Repo.Metadata.Owner',
      'Resources.Builder.Properties.Path',
      'Resources.Builder.Properties.ManagedPolicyArns',
      'Resources.Builder.Properties.Policies',
      'Parameters.ScanParam',
      'Outputs.RepoArn.Description',
      'Outputs.RepoArn.Export.Name',
      'Outputs.TopicArn.Condition',
      'Outputs.Other.Value',
    ])
      expect(paths).toContain(path);
  });

  it('offers a parameter default with a warning naming the parameter', () => {
    expect(design?.repositories[0]?.repositoryName).toBe('team/web');
    const note = findings.find((f) => f.code === FindingCode.intrinsicResolved);
    expect(formatPath(note!.path)).toBe('Resources.Repo.Properties.RepositoryName');
    expect(note!.message).toContain('RepoName');
  });

  it('carries the Description and the outputs that name its resources', () => {
    expect(design?.stackDescription).toBe('Images of the web team');
    expect(design?.outputs).toEqual([
      { value: 'repositoryArn', id: 'RepoArn', repository: 'Repo' },
      { value: 'repositoryUri', id: 'RepoUri', repository: 'Repo' },
      { value: 'topicArn', id: 'TopicArn', topic: 'Topic' },
    ]);
  });
});

describe('resolving intrinsics', () => {
  it('resolves Fn::Sub of literal variables and Fn::Join of literals, not pseudo parameters', () => {
    const template = {
      Resources: {
        Repo: {
          Type: 'AWS::ECR::Repository',
          Properties: {
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Fn::Sub's own syntax
            RepositoryName: { 'Fn::Sub': ['${Team}/${App}', { Team: 'web', App: 'api' }] },
            LifecyclePolicy: { RegistryId: { Ref: 'AWS::AccountId' } },
          },
        },
      },
      Outputs: {
        Name: {
          Value: { Ref: 'Repo' },
          Export: { Name: { 'Fn::Join': ['-', ['web', 'name']] } },
        },
      },
    };
    const { design, findings } = importText(JSON.stringify(template));
    expect(design?.repositories[0]?.repositoryName).toBe('web/api');
    expect(design?.outputs?.[0]?.exportName).toBe('web-name');
    expect(findings.map((f) => formatPath(f.path))).toContain(
      'Resources.Repo.Properties.LifecyclePolicy.RegistryId',
    );
  });
});

/** Values the import cannot carry: unknown keys' literals and intrinsics it cannot resolve. */
const insertedValue = fc.oneof(
  fc.constant('literal'),
  fc.constant(7),
  fc.constant({ Ref: 'AWS::Region' }),
  fc.constant({ 'Fn::If': ['IsProd', 'a', 'b'] }),
  fc.constant({ 'Fn::ImportValue': 'SharedName' }),
  fc.constant({ Ref: 'NoDefaultParameter' }),
);

/** Every object path inside a resource (the resource itself, its Properties, and below). */
function objectPaths(value: unknown, path: FieldPath): FieldPath[] {
  if (!isPlainObject(value)) return [];
  if (Object.keys(value).length === 1 && /^(Ref|Fn::)/.test(Object.keys(value)[0]!)) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([k, v]) =>
      k === 'Type' ? [] : objectPaths(v, [...path, k]),
    ),
  ];
}

function at(template: unknown, path: FieldPath): Record<string, unknown> {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], template) as Record<
    string,
    unknown
  >;
}

const templates = plainIdDesignArbitrary
  .map((design) => render(design).template as Record<string, unknown> | undefined)
  .filter(
    (template) =>
      template !== undefined && importText(JSON.stringify(template)).findings.length === 0,
  );

describe('inserting unknown keys and intrinsic values anywhere in importable templates', () => {
  it('carries each insertion into the design or names it by a warning with its path', () => {
    assertProperty(
      'every insertion is carried or named',
      fc.tuple(
        templates,
        fc.array(fc.tuple(fc.nat(), fc.boolean(), insertedValue), { minLength: 1, maxLength: 4 }),
      ),
      ([original, insertions]) => {
        const template = structuredClone(original!);
        const inserted: FieldPath[] = [];
        for (const [n, replace, value] of insertions) {
          const paths = Object.keys(template.Resources as object).flatMap((id) =>
            objectPaths(at(template, ['Resources', id]), ['Resources', id]),
          );
          if (paths.length === 0) return;
          const path = paths[n % paths.length]!;
          const object = at(template, path);
          const keys = Object.keys(object).filter((k) => k !== 'Type');
          const key =
            replace && keys.length > 0 ? keys[n % keys.length]! : `Unknown${inserted.length}`;
          object[key] = value;
          inserted.push([...path, key]);
        }
        const { design, findings } = importText(JSON.stringify(template));
        // An import refused whole (a lifecycle text that no longer parses) drops nothing silently.
        if (design === undefined) return;
        const named = findings
          .filter((f) => f.code !== FindingCode.logicalIdChanges)
          .map((f) => f.path);
        // The template as written even where CDK would refuse the value (the design then shows why).
        const rendered = analyzeDesign(design).template;
        const valueAt = (root: unknown, path: FieldPath) =>
          path.reduce<unknown>((v, k) => (isPlainObject(v) ? v[k] : undefined), root);
        for (const path of inserted) {
          const carried =
            JSON.stringify(valueAt(rendered, path)) === JSON.stringify(valueAt(template, path));
          const isNamed = named.some((p) => pathStartsWith(path, p) || pathStartsWith(p, path));
          if (!carried && !isNamed)
            throw new Error(
              `${formatPath(path)} was dropped silently: ${JSON.stringify(findings)}`,
            );
        }
      },
      { runs: 60 },
    );
  });
});
