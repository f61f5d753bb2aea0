// Module hooks that let plain Node (20, which cannot strip types) import the harness's TypeScript: the bench
// script registers them. A `.js` import that does not exist beside a `.ts` file resolves to the `.ts` (the
// NodeNext convention the sources follow), and `.ts` is transpiled with TypeScript's own transpiler, the
// compiler the project already uses, without type checking (`npm run check` does that).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export async function resolve(specifier, context, next) {
  if (
    specifier.endsWith('.js') &&
    (specifier.startsWith('.') || specifier.startsWith('file:')) &&
    context.parentURL
  ) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) {
      const tsUrl = new URL(url.href.replace(/\.js$/, '.ts'));
      if (existsSync(fileURLToPath(tsUrl))) return { url: tsUrl.href, shortCircuit: true, format: 'module' };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const { source } = await next(url, { ...context, format: 'module' });
  const output = ts.transpileModule(String(source), {
    fileName: fileURLToPath(url),
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  });
  return { format: 'module', source: output.outputText, shortCircuit: true };
}
