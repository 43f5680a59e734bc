/**
 * What the official registry says about an institution, in the shape readers need: the numbers
 * and domains to verify a message with, and whether an SMS port is probably the institution's own.
 */
import type { NormalisedSender } from "./types";

/** One registry row of an organization: a number with its registry kind, or a domain. */
export interface RegistryContact {
  organization: string;
  type: "number" | "domain";
  value: string;
  /** Registry kind of a number ("95xxx", "400/800", "106_sms_port" …); null for domains. */
  kind: string | null;
}

/** The contract's `officialContacts` item. */
export interface OfficialContact {
  institution: string;
  type: "number" | "domain";
  value: string;
}

/** Numbers one can call, best first: 95xxx/96xxx service numbers, then hotlines, landlines, the rest. */
const CALLABLE_KIND_ORDER = ["95xxx", "96xxx", "400/800", "12xxx", "landline", "international", "mobile", "other"];
/** Send-only registry numbers: SMS ports and 10xxx SMS service codes are not numbers to call. */
const SEND_ONLY_KINDS = new Set(["106_sms_port", "10xxx"]);
/** Contacts shown per institution: enough to verify, short enough to read. */
export const MAX_CONTACTS_PER_INSTITUTION = 8;

const kindRank = (kind: string | null) => {
  const rank = CALLABLE_KIND_ORDER.indexOf(kind ?? "other");
  return rank === -1 ? CALLABLE_KIND_ORDER.length : rank;
};

/**
 * The official contacts of each organization, in the order given: callable numbers best first,
 * then domains, at most MAX_CONTACTS_PER_INSTITUTION numbers and 2 domains each.
 * Example: officialContactsOf(["中国农业银行"], rows) → [{ institution: "中国农业银行", type: "number", value: "95599" }, …]
 */
export function officialContactsOf(organizations: readonly string[], rows: readonly RegistryContact[]): OfficialContact[] {
  const contacts: OfficialContact[] = [];
  for (const organization of new Set(organizations)) {
    const own = rows.filter((row) => row.organization === organization);
    const numbers = own
      .filter((row) => row.type === "number" && !SEND_ONLY_KINDS.has(row.kind ?? ""))
      .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.value.length - b.value.length || a.value.localeCompare(b.value))
      .slice(0, MAX_CONTACTS_PER_INSTITUTION);
    const domains = own.filter((row) => row.type === "domain").sort((a, b) => a.value.localeCompare(b.value)).slice(0, 2);
    for (const row of [...numbers, ...domains]) contacts.push({ institution: organization, type: row.type, value: row.value });
  }
  return contacts;
}

/** A 95xxx/96xxx service number: the digits banks and insurers put into their SMS port numbers. */
const SERVICE_NUMBER = /^9[56]\d{3,4}$/;

/**
 * The institution's service number carried in a 106 port's digits, or null: "106980095599" carries
 * 95599, so it is probably 中国农业银行's port (banks send from many ports, the registry knows few).
 * Example: serviceNumberInPort(normaliseSender("106980095599")!, rowsOf中国农业银行) → "95599"
 */
export function serviceNumberInPort(sender: NormalisedSender, rows: readonly RegistryContact[]): string | null {
  if (sender.kind !== "sms_port" || !sender.normalized.startsWith("106")) return null;
  const digits = sender.normalized.slice(3);
  const carried = rows
    .filter((row) => row.type === "number" && SERVICE_NUMBER.test(row.value) && digits.includes(row.value))
    .sort((a, b) => b.value.length - a.value.length);
  return carried[0]?.value ?? null;
}
