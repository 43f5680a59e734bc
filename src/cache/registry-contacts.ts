/**
 * Registry contacts per organization, per isolate: /check and lookups name the same few banks again
 * and again. Registry writes bump the admin counter, whose sync drops everything (src/cache/freshness.ts).
 */
import type { RegistryContact } from "../domain/official";
import { SyncedCache, subscribe } from "./freshness";

const contactsCache = new SyncedCache<string, RegistryContact[]>(2_000);

subscribe({ changed() {}, reset: () => contactsCache.clear() });

/** The cached contacts of an organization, or undefined when this isolate does not hold them. */
export function cachedRegistryContacts(organization: string, now: number): RegistryContact[] | undefined {
  return contactsCache.get(organization, now);
}

/** Remembers what a read returned for these organizations (an organization without rows has none). */
export function rememberRegistryContacts(organizations: readonly string[], rows: readonly RegistryContact[], readAt: number, readGeneration: number): void {
  for (const organization of organizations) {
    contactsCache.set(organization, rows.filter((row) => row.organization === organization), readAt, readGeneration);
  }
}

/** Drops every cached organization (tests, registry changes in this isolate). */
export function forgetRegistryContacts(): void {
  contactsCache.clear();
}
