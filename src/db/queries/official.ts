/** The official registry as contacts: numbers (official_senders) and domains (official_domains) per organization. */
import { sql } from "drizzle-orm";
import type { RegistryContact } from "../../domain/official";
import { compiled } from "../orm";
import { officialDomains, officialSenders } from "../schema";
import type { Db } from "../session";

/** Organizations per statement (one bound JSON array, so any count compiles to the same text). */
export const MAX_ORGANIZATIONS_PER_STATEMENT = 50;

type OfficialSender = typeof officialSenders.$inferSelect;
type OfficialDomain = typeof officialDomains.$inferSelect;
/** A row of registryContacts: a registry number with its kind, or an official domain. */
type ContactRow =
  | (Pick<OfficialSender, "organization" | "kind"> & { type: "number"; value: OfficialSender["number"] })
  | (Pick<OfficialDomain, "organization"> & { type: "domain"; value: OfficialDomain["domain"]; kind: null });

/** Every registry contact of the organizations; both tables are indexed by organization. */
const registryContacts = compiled<{ organizations: string }, ContactRow>(
  sql`SELECT ${officialSenders.organization} AS organization, 'number' AS type, ${officialSenders.number} AS value, ${officialSenders.kind} AS kind
        FROM ${officialSenders} WHERE ${officialSenders.organization} IN (SELECT value FROM json_each(${sql.placeholder("organizations")}))
      UNION ALL
      SELECT ${officialDomains.organization} AS organization, 'domain' AS type, ${officialDomains.domain} AS value, NULL AS kind
        FROM ${officialDomains} WHERE ${officialDomains.organization} IN (SELECT value FROM json_each(${sql.placeholder("organizations")}))`,
);

export function registryContactsStatement(db: Db, organizations: readonly string[]): D1PreparedStatement {
  return registryContacts.bind(db, { organizations: JSON.stringify(organizations.slice(0, MAX_ORGANIZATIONS_PER_STATEMENT)) });
}

export function parseRegistryContacts(result: D1Result | undefined): RegistryContact[] {
  return ((result?.results ?? []) as ContactRow[]).map((row) => ({
    organization: String(row.organization),
    type: row.type === "domain" ? "domain" : "number",
    value: String(row.value),
    kind: row.kind === null || row.kind === undefined ? null : String(row.kind),
  }));
}
