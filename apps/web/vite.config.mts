import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentsPlugin } from './graphql-documents.plugin.mts';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

const WORKSPACE_LIB_SOURCE = /[\\/]libs[\\/](web|shared)[\\/][^\\/]+[\\/]src[\\/].*\.tsx?$/;
const STYLESHEET_IMPORT = /^import\s+['"][^'"]+\.css['"]/m;
const stylesheetImporters = new Map<string, boolean>();

function importsStylesheet(id: string): boolean {
  let answer = stylesheetImporters.get(id);
  if (answer === undefined) {
    answer = STYLESHEET_IMPORT.test(readFileSync(id, 'utf8'));
    stylesheetImporters.set(id, answer);
  }
  return answer;
}
const api = 'http://localhost:3000';

export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  plugins: [react(), graphqlDocumentsPlugin(path.join(workspaceRoot, 'libs/web/data-access/src/gql'))],
  resolve: {
    // Mirrors the `paths` in tsconfig.base.json.
    alias: [
      { find: '@carecircle/shared/domain', replacement: path.join(workspaceRoot, 'libs/shared/domain/src/index.ts') },
      { find: /^@carecircle\/web\/([^/]+)$/, replacement: path.join(workspaceRoot, 'libs/web/$1/src/index.ts') },
    ],
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // No source maps in a production build: they would publish the app's source (the server refuses *.map there too).
    // `vite build --mode development` makes them for debugging a build.
    sourcemap: mode !== 'production',
    rolldownOptions: {
      // The workspace libs' modules do nothing when imported but define things, so a barrel (`@carecircle/web/ui`,
      // `@carecircle/shared/domain`) brings only what is used: without this, everything a lazy page takes through a
      // barrel the login page also imports is loaded with the login page. Except a module that imports a stylesheet
      // itself: the ui, forms and charts barrels carry their lib's CSS, which a side-effect-free barrel would drop
      // (every page then lost its design tokens and layout).
      treeshake: { moduleSideEffects: (id: string) => !WORKSPACE_LIB_SOURCE.test(id) || importsStylesheet(id) },
      output: {
        // What index.html loads is React, Apollo and one file with the routes and the login page; everything else,
        // React Aria included, goes with the pages that use it: a vendor group for all of React Aria put every
        // component any page uses into the first load (95 KB gzipped). React and Apollo are long-lived vendor chunks
        // that cache across deploys. `npm run perf` checks the budget.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 2 },
            // The rest of the first load in one file rather than a dozen small shared ones.
            { name: 'index', tags: ['$initial'], priority: 1 },
            // A signed-in visitor's first screen, the shell and the caseload with the React Aria parts they use, in one
            // file too (the other pages share those parts). main.tsx fetches it before the first render.
            { name: 'home', test: /libs[\\/]web[\\/](shell|caseload)[\\/]src[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
}));
