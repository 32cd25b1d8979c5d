/**
 * File and module names of a generated CDK app, which the designer's first paint needs without
 * the app writer and its zip library (cdkApp.ts).
 */

/** `EcrStack` → `ecr-stack` (TypeScript files) or `ecr_stack` (Python modules). */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * The Python module of the stack, as `cdk init` names it: `EcrStack` → `ecr_stack`. It always
 * ends in `stack`, so that no stack name makes a package that hides a module Python or the CDK
 * imports from the app's directory (`Platform` → `platform_stack`, not `platform`).
 */
export function pythonModuleName(stackName: string): string {
  const module = kebabCase(stackName).replace(/-/g, '_');
  return module.endsWith('stack') ? module : `${module}_stack`;
}
