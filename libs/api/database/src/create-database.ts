import { Client } from 'pg';

/**
 * Creates a database on the server behind `adminUrl` if it is not there yet; `template` copies
 * another database (which no one may be connected to).
 */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  for (const each of [name, template ?? name]) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(each)) throw new Error(`Refusing to create database with unsafe name ${each}`);
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Refusing to drop database with unsafe name ${name}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
