/**
 * officialContacts: the registry numbers and domains of the institutions a message or a target
 * names, read from the isolate's cache or in one statement (riding in the caller's batch when it has one).
 */
import { type Db, runBatch } from "../db/session";
import { parseRegistryContacts, registryContactsStatement } from "../db/queries/official";
import { DEFAULT_LANG, type Lang, listJoin, messageFor } from "../domain/messages";
import { officialContactsOf, type OfficialContact, type RegistryContact, serviceNumberInPort } from "../domain/official";
import type { NormalisedSender } from "../domain/types";
import type { Reason, ReputationView } from "../domain/reputation";
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

/**
 * Lookup views, each with the official contacts of every registry institution it names (one read
 * for all). A 106 port whose digits carry the 95xxx/96xxx number of an institution its reports
 * name is probably that institution's own port: that name is no impersonation (reasons in `lang`).
 */
export async function withOfficialContacts<V extends ReputationView>(
  db: Db,
  views: V[],
  now: number,
  useCache: boolean,
  lang: Lang = DEFAULT_LANG,
): Promise<(V & { officialContacts: OfficialContact[] })[]> {
  const organizationsPerView = views.map(organizationsOfView);
  const rows = await readRegistryContacts(db, [...new Set(organizationsPerView.flat())], now, useCache);
  return views.map((view, i) => ({ ...withProbablePort(view, rows, lang), officialContacts: officialContactsOf(organizationsPerView[i] ?? [], rows) }));
}

/** The reasons of a sender lookup when the sender is probably the port of an institution its reports name. */
function withProbablePort<V extends ReputationView>(view: V, rows: readonly RegistryContact[], lang: Lang): V {
  const { target } = view;
  if (target.type !== "sender" || target.kind !== "sms_port" || view.official) return view;
  const sender = { kind: target.kind, normalized: target.value } as NormalisedSender;
  const claimed = view.claimedInstitutions.slice(0, 3).map((claim) => ({ name: claim.name, organization: registryOrganizationOf(claim.name) }));
  let port: { organization: string; number: string } | null = null;
  for (const { organization } of claimed) {
    const number = organization ? serviceNumberInPort(sender, rows.filter((row) => row.organization === organization)) : null;
    if (organization && number) {
      port = { organization, number };
      break;
    }
  }
  if (!port) return view;
  const others = claimed.filter((claim) => claim.organization !== port.organization).map((claim) => claim.name);
  const reasons: Reason[] = [];
  for (const reason of view.reasons) {
    if (reason.code !== "impersonates_institution") reasons.push(reason);
    else if (others.length > 0) reasons.push({ code: reason.code, message: messageFor(reason.code, lang, { names: listJoin(others, lang) }) });
  }
  reasons.push({ code: "probable_official_port", message: messageFor("probable_official_port", lang, { sender: target.value, ...port }) });
  return { ...view, reasons };
}
