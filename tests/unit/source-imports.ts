import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The project root: this file lives in tests/unit/. */
export const ROOT = path.resolve(__dirname, "..", "..");

const SOURCE = /\.(ts|tsx)$/;

/** Every TypeScript file under these folders of the project (generated code and dot-folders such as tests/.tmp left out), relative to the root. */
export function sourceFiles(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const item of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = path.posix.join(folder, item.name);
      if (item.isDirectory()) {
        if (relative !== "lib/generated" && !item.name.startsWith(".")) walk(relative);
      } else if (SOURCE.test(item.name)) found.push(relative);
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

export interface SourceImport {
  specifier: string;
  /** False for `import type`, `export type … from` and imports whose every name is a type: the compiler drops those. */
  value: boolean;
}

const parsed = new Map<string, ts.SourceFile>();

function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    parsed.set(file, source);
  }
  return source;
}

/** What a file imports and re-exports, static and dynamic, with whether each import survives compilation. */
export function importsOf(file: string): SourceImport[] {
  const found: SourceImport[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && named !== null && named.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, value: !typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      const typeOnly = node.isTypeOnly || named?.every((e) => e.isTypeOnly) === true;
      found.push({ specifier: node.moduleSpecifier.text, value: !typeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, value: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** The directive a file starts with ("use client", "use server"), if any. */
export function directiveOf(file: string): string | null {
  const [first] = parse(file).statements;
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
}

/** The project file an import names ("@/…" or relative), or null for a package or a non-TypeScript file. */
export function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (SOURCE.test(candidate) && fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) {
      return candidate;
    }
  }
  return null;
}
