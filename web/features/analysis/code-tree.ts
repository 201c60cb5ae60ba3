import type { Code } from '../../../contracts/analysis.js';

export interface CodeNode {
  code: Code;
  children: CodeNode[];
}

/** The codes as a tree: a code whose parent is not in the list sits at the top. */
export function codeTree(codes: readonly Code[]): CodeNode[] {
  const ids = new Set(codes.map((c) => c.id));
  const byParent = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), code]);
  }
  const build = (parent: string | null): CodeNode[] =>
    (byParent.get(parent) ?? []).map((code) => ({ code, children: build(code.id) }));
  return build(null);
}

/** A tree read top-down, each code with its depth, so the hierarchy reads as a list. */
export function flatten(nodes: readonly CodeNode[], depth = 0): { code: Code; depth: number }[] {
  return nodes.flatMap((node) => [{ code: node.code, depth }, ...flatten(node.children, depth + 1)]);
}

/** Codes in codebook order, each with its depth. */
export const codesInOrder = (codes: readonly Code[]) => flatten(codeTree(codes));
