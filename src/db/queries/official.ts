/** The official registry as contacts: numbers (official_senders) and domains (official_domains) per organization. */
import type { RegistryContact } from "../../domain/official";
import type { Db } from "../session";

/** Organizations per statement; each is bound once (?n is reused by both halves of the union). */
export const MAX_ORGANIZATIONS_PER_STATEMENT = 50;

/** One statement reading every registry contact of the organizations (both tables are indexed by organization). */
export function registryContactsStatement(db: Db, organizations: readonly string[]): D1PreparedStatement {
  const list = organizations.slice(0, MAX_ORGANIZATIONS_PER_STATEMENT);
  const placeholders = list.map((_, i) => `?${i + 1}`).join(", ");
  return db
    .prepare(
      `SELECT organization, 'number' AS type, number AS value, kind FROM official_senders WHERE organization IN (${placeholders})
       UNION ALL
       SELECT organization, 'domain' AS type, domain AS value, NULL AS kind FROM official_domains WHERE organization IN (${placeholders})`,
    )
    .bind(...list);
}

export function parseRegistryContacts(result: D1Result | undefined): RegistryContact[] {
  return ((result?.results ?? []) as Record<string, unknown>[]).map((row) => ({
    organization: String(row.organization),
    type: row.type === "domain" ? "domain" : "number",
    value: String(row.value),
    kind: row.kind === null || row.kind === undefined ? null : String(row.kind),
  }));
}
