/**
 * The checks of a role's kept overflow policy IDs: CDK's texts where Stack.renameLogicalId
 * refuses one as it writes the template (the first one it meets), and the designer's warning
 * for an ID of an overflow policy the grants do not make. The oracle tests check the texts
 * against aws-cdk-lib (engine/fixtures/entities/invalid-overflow-policy-logical-id.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analyzeDesign';
import type { Design } from '../design/designSchema';
import { FindingCode } from '../findings';
import { render } from '../render/render';

const overflow = JSON.parse(
  readFileSync(new URL('../fixtures/entities/grant-overflow.json', import.meta.url), 'utf8'),
) as Design;

/** The fixture (Puller splits one overflow policy off, Reader none, Builder two) with kept IDs. */
function keeping(...ids: (string[] | undefined)[]): Design {
  const principals = overflow.principals!.map((p, index) =>
    ids[index] ? { ...p, overflowPolicyLogicalIds: ids[index] } : p,
  );
  return { ...overflow, principals };
}

const overflowFindings = (design: Design) =>
  analyzeDesign(design)
    .findings.filter((f) => f.code.startsWith('overflow-policy-id'))
    .map(({ severity, code, path, message }) => ({ severity, code, path, message }));

describe('kept overflow policy IDs', () => {
  it('rename the derived IDs in the code and the template; an empty one keeps CDK’s', () => {
    const result = render(keeping(['PullerKept'], undefined, ['', 'BuilderKept']));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.cdkTypescript).toMatch(
      /this\.renameLogicalId\('PullerOverflowPolicy1[0-9A-F]{8}', 'PullerKept'\);/,
    );
    expect(result.cdkPython).toMatch(
      /self\.rename_logical_id\("BuilderOverflowPolicy2[0-9A-F]{8}", "BuilderKept"\)/,
    );
    expect(result.cdkTypescript.match(/renameLogicalId/g)).toHaveLength(2);
    const ids = Object.keys((result.template as { Resources: object }).Resources);
    expect(ids).toContain('PullerKept');
    expect(ids).toContain('BuilderKept');
    expect(ids.filter((id) => id.startsWith('BuilderOverflowPolicy1'))).toHaveLength(1);
  });

  it('give CDK’s text for an ID renameLogicalId refuses, and only the first', () => {
    expect(overflowFindings(keeping(['bad-id'], undefined, ['L'.repeat(256)]))).toEqual([
      {
        severity: 'error',
        code: FindingCode.overflowPolicyIdInvalid,
        path: ['principals', 0, 'overflowPolicyLogicalIds', 0],
        message:
          "Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got 'bad-id'.",
      },
    ]);
  });

  it('give CDK’s text for an ID another element resolves to, the bootstrap parameter last', () => {
    const [taken] = overflowFindings(keeping(['BootstrapVersion']));
    expect(taken).toMatchObject({ code: FindingCode.overflowPolicyIdTaken });
    expect(taken!.message).toMatch(
      /^Two objects have been assigned the same Logical ID: 'PullerOverflowPolicy1[0-9A-F]{8}' and 'BootstrapVersion' are now both named 'BootstrapVersion'\.\.$/,
    );
    const [twice] = overflowFindings(keeping(['Same'], undefined, ['Same']));
    expect(twice).toMatchObject({ path: ['principals', 2, 'overflowPolicyLogicalIds', 0] });
  });

  it('warn of an ID for an overflow policy CDK does not make', () => {
    expect(overflowFindings(keeping(undefined, ['NotMade', ''], ['', '', 'Third']))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: FindingCode.overflowPolicyIdUnused,
        path: ['principals', 1, 'overflowPolicyLogicalIds', 0],
      }),
      expect.objectContaining({ path: ['principals', 2, 'overflowPolicyLogicalIds', 2] }),
    ]);
  });
});
