import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './bootstrap-support';
import { buildSchemaSdl } from '@carecircle/api/app';

/** Writes apps/api/schema.graphql, the contract the web's generated types come from. */
runCli('schema:print', async () => {
  const target = path.resolve(__dirname, '../schema.graphql');
  writeFileSync(target, await buildSchemaSdl());
  process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
});
