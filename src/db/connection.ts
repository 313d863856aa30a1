/**
 * Another tab (or a new app version in it) opening the database with a newer
 * schema: this tab's connection must close at once, or it blocks the upgrade;
 * Dexie closes it, and this tab can only continue after a reload with the new code.
 */
import { db } from './database'

export function watchNewerSchema(onNewerSchema: () => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null && event.newVersion > db.verno) onNewerSchema()
  }
  db.on('versionchange', listener)
  return () => db.on('versionchange').unsubscribe(listener)
}
