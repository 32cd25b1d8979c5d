import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import { designJsonSchema, parseDesign, parseDesignText } from './parseDesign';

const minimal = { version: 1, repositories: [{ id: 'Repo' }] };

describe('parseDesign', () => {
  it('accepts a minimal design', () => {
    expect(parseDesign(minimal)).toEqual({ design: minimal, findings: [] });
  });

  it('reports unknown fields and wrong types with their paths, never casting', () => {
    const { design, findings } = parseDesign({
      version: 1,
      repositories: [
        {
          id: 'Repo',
          imageScanOnPush: 'yes',
          colour: 'red',
          lifecycleRules: [{ maxImageCount: 1.5 }],
        },
      ],
    });
    expect(design).toBeUndefined();
    expect(findings.map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual([
      "repositories[0].colour: unknown field 'colour'",
      'repositories[0].imageScanOnPush: expected true or false, got a string',
      'repositories[0].lifecycleRules[0].maxImageCount: expected a whole number, got a number',
    ]);
  });

  it('refuses stack names the generated code binds or TypeScript or Python reserve', () => {
    for (const stackName of [
      'Stack',
      'ecr',
      'cdk',
      'app',
      'super',
      'class',
      'string',
      'None',
      'if',
    ]) {
      const { findings } = parseDesign({ ...minimal, stackName });
      expect(findings.map((f) => formatPath(f.path))).toEqual(['stackName']);
    }
    expect(parseDesign({ ...minimal, stackName: 'App' }).findings).toEqual([]);
  });

  it('reports enum values outside CDK member names', () => {
    const { findings } = parseDesign({
      version: 1,
      repositories: [{ id: 'R', encryption: 'AES256' }],
    });
    expect(findings[0]?.message).toBe('expected one of AES_256, KMS, KMS_DSSE, got "AES256"');
  });

  it('names an unknown format version instead of listing every field', () => {
    expect(parseDesign({ version: 2, repositories: [] }).findings).toEqual([
      {
        severity: 'error',
        origin: 'design',
        code: 'design-version-unknown',
        path: ['version'],
        message: 'unknown design format version 2; this build reads version 1',
      },
    ]);
  });

  it.each([null, 42, 'text', [], { version: 1 }])('turns %j into findings', (input) => {
    const parsed = parseDesign(input);
    expect(parsed.design).toBeUndefined();
    expect(parsed.findings.length).toBeGreaterThan(0);
  });

  it('keeps a __proto__ tag key as an ordinary key without touching prototypes', () => {
    const parsed = parseDesignText(
      '{"version":1,"repositories":[{"id":"R","tags":{"__proto__":"x","constructor":"y"}}]}',
    );
    const tags = parsed.design!.repositories[0]!.tags!;
    expect(Object.keys(tags)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports malformed JSON as one finding', () => {
    const { findings } = parseDesignText('{"version":');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^not valid JSON: /);
  });
});

describe('designJsonSchema', () => {
  it('describes every repository and lifecycle field from the same definition', () => {
    const schema = JSON.parse(JSON.stringify(designJsonSchema()));
    const repository = schema.properties.repositories.items;
    expect(repository.required).toEqual(['id']);
    expect(repository.additionalProperties).toBe(false);
    expect(Object.keys(repository.properties)).toContain('imageTagMutabilityExclusionFilters');
    expect(Object.keys(repository.properties.lifecycleRules.items.properties)).toEqual([
      'rulePriority',
      'description',
      'tagStatus',
      'tagPrefixList',
      'tagPatternList',
      'maxImageCount',
      'maxImageAgeDays',
      'maxDaysSinceImagePulled',
      'maxDaysSinceImageTransitioned',
      'storageClass',
      'action',
    ]);
    expect(repository.properties.removalPolicy.enum).toEqual([
      'RETAIN',
      'DESTROY',
      'RETAIN_ON_UPDATE_OR_DELETE',
      'SNAPSHOT',
    ]);
  });
});
