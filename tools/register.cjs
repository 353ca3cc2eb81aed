// Runs the TypeScript API in place: swc compiles each file to CommonJS on load, keeping decorator
// metadata (TypeORM and Nest need it, which esbuild-based runners drop) and the tsconfig path aliases.
const path = require('node:path');
process.env.SWC_NODE_PROJECT = path.join(__dirname, '..', 'tsconfig.runtime.json');
require('@swc-node/register');
