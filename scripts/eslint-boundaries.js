// A lint rule for the import boundaries of DESIGN §4, checked on resolved paths so that nested
// folders inside a module or feature can import each other freely:
// - server/kernel and server/text import no module (and server/text no kernel: it is pure);
// - a module reaches another module only through its index.ts;
// - web: shared code (components, lib) → features → app; features never import each other.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { textRules } from './eslint-hard-coded-text.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

function areaOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'server' && parts[1] === 'modules' && parts.length > 3)
    return { kind: 'module', name: parts[2] };
  if (parts[0] === 'server' && (parts[1] === 'kernel' || parts[1] === 'text')) return { kind: parts[1] };
  if (parts[0] === 'web' && parts[1] === 'features' && parts.length > 3)
    return { kind: 'feature', name: parts[2] };
  if (parts[0] === 'web' && (parts[1] === 'components' || parts[1] === 'lib')) return { kind: 'web-shared' };
  if (parts[0] === 'web' && parts[1] === 'app') return { kind: 'web-app' };
  return { kind: 'other' };
}

function problem(fromPath, target) {
  const from = areaOf(fromPath);
  const to = areaOf(target);
  if ((from.kind === 'kernel' || from.kind === 'text') && to.kind === 'module') {
    return `server/${from.kind} must not import a module; pass a function in or use a kernel event.`;
  }
  if (from.kind === 'text' && to.kind === 'kernel')
    return 'The text toolkit is pure: it must not import the kernel.';
  if (from.kind === 'module' && to.kind === 'module' && from.name !== to.name) {
    if (!/^server\/modules\/[^/]+\/index\.(js|ts)$/.test(target)) {
      return `Use the ${to.name} module's index.ts, never its inner files.`;
    }
  }
  if (from.kind === 'web-shared' && (to.kind === 'feature' || to.kind === 'web-app')) {
    return 'Shared web code (components, lib) must not import features or the app.';
  }
  if (from.kind === 'feature' && to.kind === 'feature' && from.name !== to.name) {
    return `The ${from.name} feature must not import the ${to.name} feature; compose them in web/app.`;
  }
  if (from.kind === 'feature' && to.kind === 'web-app') return 'Features must not import the app.';
  return null;
}

const boundaries = {
  meta: { type: 'problem', schema: [], docs: { description: 'Import boundaries between Cairn areas' } },
  create(context) {
    const fromPath = relative(ROOT, context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(ROOT, resolve(dirname(context.filename), source));
      const message = problem(fromPath, target);
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

// --- import cycles -------------------------------------------------------------------------------
// A cycle (a page importing its feature's routes.tsx, which loads the page) makes load order
// fragile and splits bundles badly. Type-only imports are erased and do not count; lazy `import()`
// does, since it still ties the two files together.

const IMPORT_PATTERN =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;
const importsOf = new Map();

function resolveSource(fromFile, source) {
  const base = resolve(dirname(fromFile), source).replace(/\.js$/, '');
  for (const suffix of ['.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (existsSync(base + suffix)) return base + suffix;
  }
  return null;
}

/** The files a file imports (relative, not type-only), read from disk once per lint run. */
function relativeImports(file) {
  let imports = importsOf.get(file);
  if (imports) return imports;
  imports = [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A file that cannot be read imports nothing we can follow.
  }
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const target = resolveSource(file, match[1] ?? match[2]);
    if (target) imports.push(target);
  }
  importsOf.set(file, imports);
  return imports;
}

/** A path of imports from `start` back to `goal`, or null when there is none. */
function pathBack(start, goal) {
  const seen = new Set([start]);
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, path] = stack.pop();
    for (const next of relativeImports(file)) {
      if (next === goal) return path;
      if (seen.has(next) || next.includes('/node_modules/')) continue;
      seen.add(next);
      stack.push([next, [...path, next]]);
    }
  }
  return null;
}

const noCycles = {
  meta: { type: 'problem', schema: [], docs: { description: 'No import cycles between Cairn files' } },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      const target = resolveSource(file, source);
      if (!target) return;
      const back = pathBack(target, file);
      if (!back) return;
      const chain = [file, ...back, file].map((path) => relative(ROOT, path)).join(' → ');
      context.report({
        node: node.source,
        message: `Import cycle: ${chain}. Move what both need into a third file.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const cairnPlugin = { rules: { boundaries, 'no-cycles': noCycles, ...textRules } };
