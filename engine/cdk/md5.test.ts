import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logicalIdOf } from './logicalId';
import { md5Hex } from './md5';

describe('md5Hex', () => {
  it('matches the RFC 1321 test suite', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex('1234567890'.repeat(8))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('agrees with node:crypto on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(md5Hex(s)).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('logicalIdOf', () => {
  it.each([
    [['Repository', 'Resource'], 'Repository22E53BBD'],
    [['Key', 'Resource'], 'Key961B73FD'],
    [['Repository', 'ImageScanComplete', 'Resource'], 'RepositoryImageScanComplete3F87F580'],
    [['User', 'DefaultPolicy', 'Resource'], 'UserDefaultPolicy1F97781E'],
    [['Topic', 'Policy', 'Resource'], 'TopicPolicyA1747468'],
    [['Default', 'Resource'], 'Resource'],
  ])('%j → %s (cdk-parity.md examples)', (path, expected) => {
    expect(logicalIdOf(path)).toBe(expected);
  });
});
