/**
 * officialContacts: the registry numbers and domains of the institutions a message or a target
 * names, read from the isolate's cache or in one statement (riding in the caller's batch when it has one).
 */
import { type Db, runBatch } from "../db/session";
import { parseRegistryContacts, registryContactsStatement } from "../db/queries/official";
import { officialContactsOf, type OfficialContact, type RegistryContact } from "../domain/official";
import type { ReputationView } from "../domain/reputation";
import { registryOrganizationOf } from "../domain/institutions";
import { cachedRegistryContacts, rememberRegistryContacts } from "../cache/registry-contacts";
import { generation } from "../cache/freshness";

export interface ContactsRead {
  /** The statement to run, or null when every organization is cached. */
  statement: D1PreparedStatement | null;
  /** Registry rows of every organization, given the statement's result (ignored when there was none). */
  resolve(result: D1Result | undefined): RegistryContact[];
}

/** Plans reading the registry rows of organizations: cached ones from the isolate, the rest in one statement. */
export function planContactsRead(db: Db, organizations: readonly string[], now: number, useCache: boolean): ContactsRead {
  const wanted = [...new Set(organizations)];
  const cached: RegistryContact[] = [];
  const missing: string[] = [];
  for (const organization of wanted) {
    const rows = useCache ? cachedRegistryContacts(organization, now) : undefined;
    if (rows) cached.push(...rows);
    else missing.push(organization);
  }
  const readGeneration = generation();
  return {
    statement: missing.length > 0 ? registryContactsStatement(db, missing) : null,
    resolve(result) {
      if (missing.length === 0) return cached;
      const rows = parseRegistryContacts(result);
      if (useCache) rememberRegistryContacts(missing, rows, now, readGeneration);
      return [...cached, ...rows];
    },
  };
}

/** Registry rows of organizations, read on their own when not cached. */
export async function readRegistryContacts(db: Db, organizations: readonly string[], now: number, useCache: boolean): Promise<RegistryContact[]> {
  if (organizations.length === 0) return [];
  const plan = planContactsRead(db, organizations, now, useCache);
  const results = plan.statement ? await runBatch(db, [plan.statement]) : [];
  return plan.resolve(results[0]);
}

/** Registry organizations a lookup names: the official sender's own, then the institutions its reports claim. */
export function organizationsOfView(view: ReputationView): string[] {
  const named = [view.official?.institution ?? null, ...view.claimedInstitutions.slice(0, 3).map((claim) => registryOrganizationOf(claim.name))];
  return [...new Set(named.filter((organization): organization is string => organization !== null))];
}

/** Lookup views, each with the official contacts of every registry institution it names (one read for all). */
export async function withOfficialContacts<V extends ReputationView>(db: Db, views: V[], now: number, useCache: boolean): Promise<(V & { officialContacts: OfficialContact[] })[]> {
  const organizationsPerView = views.map(organizationsOfView);
  const rows = await readRegistryContacts(db, [...new Set(organizationsPerView.flat())], now, useCache);
  return views.map((view, i) => ({ ...view, officialContacts: officialContactsOf(organizationsPerView[i] ?? [], rows) }));
}
