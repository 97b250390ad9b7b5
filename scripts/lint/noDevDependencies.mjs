// `desk/no-dev-dependencies`: product code may not import a package listed under devDependencies in
// package.json: electron-builder leaves those out of the installer, so such an import works in
// tests and fails in the shipped app. The list is read from package.json, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importVisitors, isNodeBuiltin, isRelative, packageName } from './importSources.mjs';

const devDependenciesOf = new Map();

function devDependencies(root) {
  if (!devDependenciesOf.has(root)) {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    devDependenciesOf.set(root, new Set(Object.keys(manifest.devDependencies ?? {})));
  }
  return devDependenciesOf.get(root);
}

/** @type {import('eslint').Rule.RuleModule} */
export const noDevDependencies = {
  meta: {
    type: 'problem',
    docs: { description: 'Product code imports only packages that ship (dependencies, not devDependencies)' },
    schema: [
      {
        type: 'object',
        properties: { except: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      devDependency:
        "'{{spec}}' is a devDependency, so it is not in the installed app. Move it to dependencies in package.json, or move this code into a test or test helper.",
    },
  },
  create(context) {
    const except = new Set(context.options[0]?.except ?? []);
    const dev = devDependencies(context.cwd);
    return importVisitors((node, spec) => {
      if (isRelative(spec) || isNodeBuiltin(spec)) return;
      const name = packageName(spec);
      if (dev.has(name) && !except.has(name)) context.report({ node, messageId: 'devDependency', data: { spec } });
    });
  },
};
