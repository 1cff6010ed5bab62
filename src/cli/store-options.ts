import { StoreError } from '../errors.js';
import type { NewsStore, OpenStoreOptions } from '../store/store.js';
import { RuntimeError } from './cli-errors.js';

/**
 * Opens the store of a `--store URL` option (migrating it when it is older). The store module and node-postgres
 * load only here, so commands without --store never pay for them.
 */
export async function openCliStore(url: string, options: OpenStoreOptions = {}): Promise<NewsStore> {
  const { openStore } = await import('../store/store.js');
  try {
    return await openStore(url, options);
  } catch (error) {
    if (error instanceof StoreError) throw new RuntimeError(error.message);
    throw error;
  }
}
