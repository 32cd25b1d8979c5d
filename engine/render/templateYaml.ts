/**
 * A template as YAML, toYaml(template) to the byte, put together from the lines of each
 * resource, which are kept per resource object: the resources a keystroke leaves alone keep
 * their objects (template.ts), so only the changed ones are written again.
 */
import type { CfnTemplate } from '../cdk/template';
import { perObjectWith } from '../util/memo';
import { yamlMember } from './yaml';

const sectionLines = perObjectWith((section: object, name: string) =>
  yamlMember(name, section, ''),
);
const resourceLines = perObjectWith((resource: object, logicalId: string) =>
  yamlMember(logicalId, resource, '  '),
);

export function templateYaml(template: CfnTemplate): string {
  const sections = Object.entries(template).map(([name, section]) => {
    // The Description is a string, which the per-object cache cannot key.
    if (typeof section !== 'object') return yamlMember(name, section, '');
    const resources = Object.entries(section as Record<string, object>);
    if (name !== 'Resources' || resources.length === 0) return sectionLines(section, name);
    return ['Resources:', ...resources.map(([id, resource]) => resourceLines(resource, id))].join(
      '\n',
    );
  });
  return `${sections.join('\n')}\n`;
}
