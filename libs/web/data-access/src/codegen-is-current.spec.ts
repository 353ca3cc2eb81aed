/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The workspace's own codegen config (not a library): the check must use exactly what npm run codegen uses.
// eslint-disable-next-line @nx/enforce-module-boundaries
import config from '../../../../codegen';

const workspaceRoot = path.resolve(__dirname, '../../../..');

// @graphql-codegen/cli is ES modules only (through yargs), which jest's CommonJS loader cannot run,
// so codegen runs in a child Node process with the same config and hands back what it would write.
const GENERATE_IN_MEMORY = `
import { generate } from '@graphql-codegen/cli';
import { readFileSync, writeFileSync } from 'node:fs';
const [configFile, outFile] = process.argv.slice(1);
const outputs = await generate({ ...JSON.parse(readFileSync(configFile, 'utf8')), silent: true }, false);
writeFileSync(outFile, JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
`;

function generateInMemory(): Array<{ filename: string; content: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'carecircle-codegen-'));
  try {
    const configFile = path.join(dir, 'config.json');
    const outFile = path.join(dir, 'outputs.json');
    writeFileSync(configFile, JSON.stringify(config));
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', GENERATE_IN_MEMORY, configFile, outFile], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0) throw new Error(`graphql-codegen failed:\n${run.stderr || run.stdout}`);
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('generated GraphQL types', () => {
  it('match the API schema and the documents in libs/web', () => {
    const outputs = generateInMemory();

    expect(outputs.map((o) => path.relative(workspaceRoot, path.resolve(workspaceRoot, o.filename))).sort()).toEqual([
      'libs/web/data-access/src/gql/gql.ts',
      'libs/web/data-access/src/gql/graphql.ts',
      'libs/web/data-access/src/gql/index.ts',
    ]);
    const stale = outputs
      .filter((o) => readFileSync(path.resolve(workspaceRoot, o.filename), 'utf8') !== o.content)
      .map((o) => o.filename);
    if (stale.length > 0) {
      throw new Error(`Generated GraphQL code is out of date (${stale.join(', ')}): run npm run codegen`);
    }
  });
});
