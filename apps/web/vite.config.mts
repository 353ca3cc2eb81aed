import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const api = 'http://localhost:3000';

export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  plugins: [react()],
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
      output: {
        // Long-lived vendor chunks cache across deploys; feature pages stay in their own lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 2 },
            { name: 'react-aria', test: /node_modules[\\/](react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
}));
