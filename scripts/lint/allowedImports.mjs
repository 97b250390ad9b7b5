// `desk/allowed-imports`: a folder names what it may import (packages, Node built-ins, project
// folders), and everything else is refused. An allow-list rather than a deny-list, so a new
// dependency has to be admitted to a folder on purpose, in eslint.config.mjs where the layering reads.
import { dirname, relative, resolve, sep } from 'node:path';
import { importVisitors, isNodeBuiltin, isRelative, packageName } from './importSources.mjs';

const listOrAny = { oneOf: [{ const: 'any' }, { type: 'array', items: { type: 'string' } }] };

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the packages and folders its layer may use' },
    schema: [
      {
        type: 'object',
        properties: {
          packages: listOrAny,
          forbid: { type: 'array', items: { type: 'string' } },
          nodeBuiltins: { type: 'boolean' },
          folders: listOrAny,
          layer: { type: 'string' },
        },
        required: ['layer'],
        additionalProperties: false,
      },
    ],
    messages: {
      package: "{{layer}} may not import '{{spec}}': allowed packages here are {{allowed}}. Move the code to a layer that may use it, or admit the package to this folder in eslint.config.mjs.",
      forbidden: "{{layer}} may not import '{{spec}}': {{why}}",
      builtin: "{{layer}} may not import the Node built-in '{{spec}}': this code also runs in the renderer. Take the value as a parameter, or move the I/O to electron/services.",
      folder: "{{layer}} may not import '{{spec}}' (in {{target}}): it may reach only {{allowed}}.",
      computed: '{{layer}}: an import whose name is computed at run time cannot be checked against the folder rules; import a string literal.',
    },
  },
  create(context) {
    const { packages = [], forbid = [], nodeBuiltins = false, folders = 'any', layer } = context.options[0] ?? {};
    const root = context.cwd;
    const fileDir = dirname(context.physicalFilename ?? context.filename);
    const list = (values) => values.map((v) => `'${v}'`).join(', ') || 'none';
    return importVisitors(
      (node, spec) => {
        const data = { layer, spec };
        if (isRelative(spec)) {
          if (folders === 'any') return;
          const target = relative(root, resolve(fileDir, spec)).split(sep).join('/');
          const inside = folders.some((f) => target === f.replace(/\/$/, '') || target.startsWith(f.endsWith('/') ? f : `${f}/`));
          if (!inside) context.report({ node, messageId: 'folder', data: { ...data, target, allowed: list(folders) } });
          return;
        }
        if (isNodeBuiltin(spec)) {
          if (!nodeBuiltins) context.report({ node, messageId: 'builtin', data });
          return;
        }
        const name = packageName(spec);
        const allowed = !forbid.includes(name) && (packages === 'any' || packages.includes(name) || packages.includes(spec));
        if (allowed) return;
        if (name === 'electron') context.report({ node, messageId: 'forbidden', data: { ...data, why: "only electron/shell imports 'electron' (DESIGN.md); everything else runs without Electron's binary." } });
        else if (forbid.includes(name)) context.report({ node, messageId: 'forbidden', data: { ...data, why: 'this package is refused here.' } });
        else context.report({ node, messageId: 'package', data: { ...data, allowed: list(packages) } });
      },
      (node) => context.report({ node, messageId: 'computed', data: { layer } }),
    );
  },
};
