import { Injectable } from '@nestjs/common';
import type { WriteContext } from './request-context';

/** Work a write needs done in its own transaction, after the mutation and its audit rows, before commit. */
export type AfterWriteHook = (write: WriteContext) => Promise<void>;

/**
 * Where lower layers learn what upper layers must do at the end of every write, without importing
 * them: the write path (audit) runs the hooks that the modules above it (metrics keeps the stored
 * risk flags current) registered at start-up. One registry per app, so two apps in one process
 * (tests) do not run each other's hooks.
 */
@Injectable()
export class AfterWriteHooks {
  private readonly hooks: AfterWriteHook[] = [];

  register(hook: AfterWriteHook): void {
    this.hooks.push(hook);
  }

  /** In registration order, one after the other: they share the transaction's connection. */
  async run(write: WriteContext): Promise<void> {
    for (const hook of this.hooks) await hook(write);
  }
}
