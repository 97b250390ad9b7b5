// Every place a module names another: static imports, re-exports, `import('x')` and `require('x')`.
// Both import rules walk the same list, so a dynamic import cannot slip past one of them.
import { builtinModules } from 'node:module';

const NODE_BUILTINS = new Set(builtinModules);

/**
 * ESLint visitors that call `check(node, spec)` for each import of a string literal, and
 * `computed(node)` for a dynamic import whose name is computed at run time (cannot be checked).
 */
export function importVisitors(check, computed = () => {}) {
  const literal = (expression, node) => {
    // `import('x' as string)` still names 'x': look through TypeScript's type-only wrappers.
    let source = expression;
    while (source && ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion'].includes(source.type)) source = source.expression;
    if (source?.type === 'Literal' && typeof source.value === 'string') check(node, source.value);
    else if (source?.type === 'TemplateLiteral' && source.expressions.length === 0) check(node, source.quasis[0].value.cooked);
    else computed(node);
  };
  return {
    ImportDeclaration: (node) => literal(node.source, node),
    ExportNamedDeclaration: (node) => node.source && literal(node.source, node),
    ExportAllDeclaration: (node) => literal(node.source, node),
    ImportExpression: (node) => literal(node.source, node),
    // `import x = require('y')` in TypeScript.
    TSExternalModuleReference: (node) => literal(node.expression, node),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) literal(node.arguments[0], node);
    },
  };
}

/** 'node:fs' and 'fs' are built-ins; 'fs/promises' too. */
export function isNodeBuiltin(spec) {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]);
}

/** The package a bare specifier names: '@tiptap/pm/state' -> '@tiptap/pm', 'docx/x' -> 'docx'. */
export function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function isRelative(spec) {
  return spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/');
}
