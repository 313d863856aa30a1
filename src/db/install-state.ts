import { db, type InstallState } from './database'

/**
 * The record of what content is installed. Kept apart from ./install (which
 * imports Vue's toRaw for its writes) so the search worker can read it without
 * pulling Vue into its bundle.
 */
export async function readInstallState(): Promise<InstallState | undefined> {
  return db.installState.get('content')
}
