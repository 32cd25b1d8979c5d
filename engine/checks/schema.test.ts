import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { rustPattern, schemaViolations } from '../cdk/cfnSchemaCheck';
import { type Design, formatPath, parseDesign, render } from '../index';
import { loneSurrogateError, utf8Length } from './templateLimits';

const validationErrors = (design: unknown) =>
  render(parseDesign(design).design!)
    .findings.filter((f) => f.origin === 'cdk-validate')
    .map(({ path, message }) => ({ path: formatPath(path), message }));

const scanRule = (fn: string) => ({
  id: 'Scan',
  method: 'onImageScanCompleted',
  targets: [{ function: fn }],
});

describe('schema violations as findings', () => {
  it('points a function ARN the FunctionName pattern rejects at the function', () => {
    const arn = 'arn:aws:lambda:local:123456789012:function:f';
    const design = {
      version: 1,
      functions: [{ id: 'Fn', functionArn: arn, sameEnvironment: true }],
      repositories: [{ id: 'Repository', eventRules: [scanRule('Fn')] }],
    };
    const [finding] = validationErrors(design);
    expect(finding?.path).toBe('functions[0].functionArn');
    expect(finding?.message).toMatch(/^FunctionName: 'arn:aws:lambda:local:[^']*' does not match/);
  });

  it('points tags at the repository, by key, once for the repository and its rules', () => {
    const design = {
      version: 1,
      repositories: [
        {
          id: 'Repository',
          tags: { '': 'x', [`${'k'.repeat(128)}`]: '' },
          eventRules: [{ id: 'A', method: 'onEvent' }],
        },
      ],
    };
    expect(validationErrors(design)).toEqual([
      { path: 'repositories[0].tags.', message: 'Tags.0.Key: length 0 is below minimum 1' },
      {
        path: `repositories[0].tags.${'k'.repeat(128)}`,
        message: 'Tags.1.Key: length 128 exceeds maximum 127',
      },
      {
        path: `repositories[0].tags.${'k'.repeat(128)}`,
        message: 'Tags.1.Value: length 0 is below minimum 1',
      },
    ]);
  });

  it('points a rule target at the rule and the key ARN at the repository that uses it', () => {
    const design = {
      version: 1,
      keys: [{ id: 'K', keyArn: `arn:aws:kms:${'r'.repeat(2100)}:123456789012:key/k` }],
      functions: [
        { id: 'Fn', functionArn: `arn:aws:lambda:${'r'.repeat(1600)}:123456789012:function:f` },
      ],
      repositories: [
        { id: 'Other' },
        {
          id: 'Repository',
          encryptionKey: 'K',
          eventRules: [{ id: 'X', method: 'onEvent' }, scanRule('Fn')],
        },
      ],
    };
    expect(validationErrors(design).map((f) => f.path)).toEqual([
      'repositories[1].encryptionKey',
      'repositories[1].eventRules[1].targets[0]',
    ]);
  });

  it('skips what CDK rejects first, and tokens', () => {
    const repository = { RepositoryName: 'Bad Name', Tags: [{ Key: { Ref: 'X' }, Value: 'v' }] };
    expect(schemaViolations('AWS::ECR::Repository', repository)).toEqual([]);
    expect(schemaViolations('AWS::ECR::Repository', repository, true)).toHaveLength(1);
    expect(schemaViolations('AWS::ECR::Repository', { RepositoryName: '' })).toHaveLength(2);
  });
});

describe('Rust patterns in JavaScript', () => {
  it('give \\d, \\w and . their Unicode meaning', () => {
    expect(rustPattern(String.raw`^\d$`).test('١')).toBe(true);
    expect(rustPattern(String.raw`^[\w+]+$`).test('Ré_1')).toBe(true);
    expect(rustPattern('^a.b$').test('a\u2028b')).toBe(true);
    expect(rustPattern('^a.b$').test('a\nb')).toBe(false);
    expect(rustPattern(String.raw`^a\.b$`).test('axb')).toBe(false);
  });
});

describe('the template text', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('finds the first lone surrogate escape, not an escaped backslash', () => {
    expect(loneSurrogateError(JSON.stringify('\\ud800'))).toBeUndefined();
    expect(loneSurrogateError(JSON.stringify('😀'))).toBeUndefined();
    // `"\\\ud800"`: the escape starts at 3, serde_json stops after the quote that follows it.
    expect(loneSurrogateError(JSON.stringify('\\\ud800'))).toEqual({
      index: 10,
      reason: 'unexpected end of hex escape',
    });
  });
});

describe('random designs', () => {
  it('reach each validation failure of the audit where CDK gets to validate', () => {
    const wanted = {
      functionNamePattern: /^FunctionName: '.*' does not match pattern/s,
      functionNameLength: /^FunctionName: length \d+ exceeds maximum 140$/,
      targetArnLength: /^Targets\.\d+\.Arn: length \d+ exceeds maximum 1600$/,
      kmsKeyLength: /^EncryptionConfiguration\.KmsKey: length \d+ exceeds maximum 2048$/,
      loneSurrogate: /^JSON parse error: /,
    };
    const seen = new Set<string>();
    for (const design of fc.sample(fullDesignArbitrary, { numRuns: 1000, seed: 7 }) as Design[]) {
      const errors = render(design).findings.filter((f) => f.severity === 'error');
      if (errors.some((f) => f.origin !== 'cdk-validate')) continue;
      for (const [name, pattern] of Object.entries(wanted))
        if (errors.some((f) => pattern.test(f.message))) seen.add(name);
    }
    expect([...seen].sort()).toEqual(Object.keys(wanted).sort());
  });
});
