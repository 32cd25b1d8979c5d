import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/designSchema';
import { call, num, statement, str, struct, variable } from './model';
import { printPythonStatements } from './printPython';
import { printTypescriptStatements } from './printTypescript';
import { stackCode } from './stackCode';

const rule = (description: string) =>
  statement(
    call(
      variable('appRepository'),
      'addLifecycleRule',
      struct({ description: str(description), maxImageCount: num(5) }),
    ),
  );

describe('the printers of the statement model', () => {
  it('keep a struct that fits on its line, in both languages', () => {
    expect(printTypescriptStatements([rule('short')])).toBe(
      "    appRepository.addLifecycleRule({ description: 'short', maxImageCount: 5 });",
    );
    expect(printPythonStatements([rule('short')])).toBe(
      '        app_repository.add_lifecycle_rule(description="short", max_image_count=5)',
    );
  });

  it('keep a long call without keywords on its line in Python, as TypeScript does', () => {
    const arn = `arn:aws:kms:us-east-1:123456789012:key/${'1'.repeat(60)}`;
    const imported = statement(call(variable('appKey'), 'grantDecrypt', str(arn)));
    expect(printPythonStatements([imported])).toBe(`        app_key.grant_decrypt("${arn}")`);
    expect(printTypescriptStatements([imported])).toBe(`    appKey.grantDecrypt('${arn}');`);
  });

  it('break a struct that does not fit into one prop a line, in both languages', () => {
    const long = 'x'.repeat(50);
    expect(printTypescriptStatements([rule(long)]).split('\n')).toEqual([
      '    appRepository.addLifecycleRule({',
      `      description: '${long}',`,
      '      maxImageCount: 5,',
      '    });',
    ]);
    expect(printPythonStatements([rule(long)]).split('\n')).toEqual([
      '        app_repository.add_lifecycle_rule(',
      `            description="${long}",`,
      '            max_image_count=5',
      '        )',
    ]);
  });
});

describe('stackCode', () => {
  it('follows the order of the stack’s entities and declares only the variables read later', () => {
    const design: Design = {
      version: 1,
      principals: [
        { type: 'User', id: 'Unused' },
        { type: 'AccountPrincipal', id: 'Partner', accountId: '123456789012' },
      ],
      repositories: [{ id: 'App' }],
      grants: [{ grant: 'grantPull', repository: 'App', principal: 'Partner' }],
    };
    const code = stackCode(design);
    expect(printTypescriptStatements(code.entities).split('\n')).toEqual([
      "    new iam.User(this, 'Unused');",
      "    const partner = new iam.AccountPrincipal('123456789012');",
    ]);
    expect(code.repositories.map((statements) => statements.length)).toEqual([1]);
    expect(printPythonStatements(code.grants)).toBe('        app.grant_pull(partner)');
  });
});
