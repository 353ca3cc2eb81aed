/** Stops the app like Ctrl-C would, which also stops its embedded PostgreSQL, and removes its data. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__CARECIRCLE_E2E__?.stop();
}
