import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Each page carries only its own GraphQL documents (what the client preset's babel/swc plugin does, without babel).
 *
 * At run time `graphql(\`…\`)` looks its source up in the generated map in `gql/gql.ts`, which holds every document of
 * the app (~450 KB of source), so whichever chunk first calls it loads them all. In a production build this plugin
 * replaces each call with an import of that one document from a virtual module of its own; the bundler then puts the
 * document in the chunk of the page that uses it and drops the map. The lookup is by source text, exactly like the
 * run-time function, from the files `npm run codegen` writes (a spec keeps them current); a call whose source is not
 * there fails the build, where the run-time function would quietly return an empty document.
 */
export function graphqlDocumentsPlugin(generatedDir: string): Plugin {
  const VIRTUAL = 'virtual:carecircle-graphql-document/';
  const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let exportBySource: Map<string, string>;
  let documentByExport: Map<string, string>;

  function load(): void {
    const gql = readFileSync(path.join(generatedDir, 'gql.ts'), 'utf8');
    const map = gql.slice(gql.indexOf('const documents'), gql.indexOf('\n};', gql.indexOf('const documents')));
    exportBySource = new Map(
      [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].map(([, source = '""', name = '']) => [JSON.parse(source) as string, name]),
    );
    const generated = readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8');
    documentByExport = new Map(
      [...generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm)].map(([, name = '', document = '']) => [name, document]),
    );
    if (exportBySource.size === 0 || documentByExport.size === 0) {
      throw new Error(`graphql-documents: found no documents in ${generatedDir}; run npm run codegen`);
    }
  }

  return {
    name: 'carecircle-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      load();
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      return `export const ${name} = ${documentByExport.get(name)};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || id.startsWith(generatedDir) || !code.includes('graphql(')) return null;
      const imports = new Set<string>();
      const transformed = code.replace(CALL, (_call, source: string) => {
        const name = exportBySource.get(source);
        if (!name || !documentByExport.has(name)) {
          throw new Error(`graphql-documents: ${id} has a graphql(\`…\`) document codegen has not generated; run npm run codegen`);
        }
        imports.add(name);
        // The same number of lines as the call, so the rest of the file (and its source map) stays in place.
        return `__document_${name}` + '\n'.repeat(source.split('\n').length - 1);
      });
      if (imports.size === 0) return null;
      const header = [...imports].map((name) => `import { ${name} as __document_${name} } from ${JSON.stringify(VIRTUAL + name)};`).join('');
      // Prepended on the first line, for the same reason.
      return { code: header + transformed, map: null };
    },
  };
}
