import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  namespaceApplies,
  prefixMatches,
  scanningFilterMatches,
  signingFilterMatches,
} from './filterMatch';

describe('scanning filters (the table of AWS’s image-scanning-filters page)', () => {
  const names = ['prod', 'repo-prod', 'prod-repo', 'repo-prod-repo', 'prodrepo'];
  const table: Record<string, boolean[]> = {
    prod: [true, true, true, true, true],
    '*prod': [true, true, false, false, false],
    'prod*': [true, false, true, false, true],
    '*prod*': [true, true, true, true, true],
    'prod*repo': [false, false, true, false, true],
  };
  for (const [filter, expected] of Object.entries(table)) {
    it(`${filter} matches as AWS’s table says`, () => {
      expect(names.map((name) => scanningFilterMatches(filter, name))).toEqual(expected);
    });
  }

  it('a filter without * matches exactly the names that contain it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, filter, after) => {
        const plain = filter.replaceAll('*', '');
        expect(scanningFilterMatches(plain, `${before}${plain}${after}`)).toBe(true);
      }),
    );
  });

  it('a lone * matches every name, and regex characters are literal', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(scanningFilterMatches('*', name)).toBe(true);
      }),
    );
    expect(scanningFilterMatches('a.b*', 'axb')).toBe(false);
    expect(scanningFilterMatches('a.b*', 'a.b/c')).toBe(true);
    expect(scanningFilterMatches('(x)*', '(x)y')).toBe(true);
  });
});

describe('wildcard matching', () => {
  it('agrees with a regular expression, and is quick on many *', () => {
    const text = fc.stringMatching(/^[ab*.]{0,8}$/);
    fc.assert(
      fc.property(text, fc.stringMatching(/^[ab.*]{0,10}$/), (filter, name) => {
        const body = filter
          .split('*')
          .map((part) => part.replace(/[.*]/g, '\\$&'))
          .join('[\\s\\S]*');
        expect(signingFilterMatches(filter, name)).toBe(new RegExp(`^${body}$`).test(name));
      }),
    );
    const started = Date.now();
    expect(scanningFilterMatches(`${'a*'.repeat(200)}b`, 'a'.repeat(1000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('signing filters (WILDCARD_MATCH)', () => {
  it('follows AWS’s examples', () => {
    expect(signingFilterMatches('myapp/*', 'myapp/web')).toBe(true);
    expect(signingFilterMatches('myapp/*', 'other/myapp/web')).toBe(false);
    expect(signingFilterMatches('*/production', 'web/production')).toBe(true);
    expect(signingFilterMatches('*/production', 'web/production-2')).toBe(false);
    expect(signingFilterMatches('*prod*', 'my-prod-app')).toBe(true);
  });

  it('without * matches the name itself only (the assumption)', () => {
    expect(signingFilterMatches('web', 'web')).toBe(true);
    expect(signingFilterMatches('web', 'web-app')).toBe(false);
  });
});

describe('namespace prefixes (creation templates, pull-through cache)', () => {
  it('apply below prefix/ only, with or without the trailing /', () => {
    expect(namespaceApplies('prod', 'prod/web')).toBe(true);
    expect(namespaceApplies('prod/', 'prod/web')).toBe(true);
    expect(namespaceApplies('prod', 'production/web')).toBe(false);
    expect(namespaceApplies('prod', 'prod')).toBe(false);
    expect(namespaceApplies('prod/team', 'prod/team/a')).toBe(true);
    expect(namespaceApplies('ROOT', 'ROOT/x')).toBe(false);
  });

  it('a namespace prefix implies the plain prefix of replication', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (prefix, name) => {
        if (namespaceApplies(prefix, name)) expect(prefixMatches(prefix, name)).toBe(true);
      }),
    );
  });
});
