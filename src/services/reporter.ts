/**
 * Who counts as a reporter (docs/scoring.md, "Who counts as a reporter"): the pseudonym of a report
 * or a vote. Keyed HMACs only, so the raw address never reaches storage or logs.
 *
 * A pseudonym is 32 hex characters; its first 8 name the *source* that vouches for it — one
 * network for the public, one user of a trusted app key, one untrusted app key as a whole — and
 * scoring counts independent sources (src/domain/score.ts), so an untrusted key's two groups of
 * users are two reporters but one source.
 */
import type { Role } from "../lib/context";
import { hmacHex } from "../lib/crypto";
import { reporterNetwork } from "../domain/network";

export interface Submitter {
  role: Role;
  keyId: string | null;
  /** Whether an admin created the key with "trustedReporter": true (the admin token is trusted). */
  trustedReporter?: boolean | undefined;
  /** Client address as seen by Cloudflare; only ever used as HMAC input, never stored. */
  clientAddress: string;
}

/** An untrusted key's users count together as at most this many reporters. */
export const UNTRUSTED_KEY_GROUPS = 2;

const pseudonymOf = async (secret: string, subject: string) => (await hmacHex(secret, subject)).slice(0, 32);

/**
 * The reporter pseudonym. The public: HMAC of the network (IPv4 /24, IPv6 /64). App users are
 * namespaced by the key, so two apps' "user 1" are different people; they are distinct reporters
 * only for trusted keys, otherwise they fall into one of UNTRUSTED_KEY_GROUPS groups of the key.
 */
export async function reporterPseudonym(secret: string, submitter: Submitter, reporterId: string | undefined): Promise<string> {
  if (!submitter.keyId) return pseudonymOf(secret, `net:${reporterNetwork(submitter.clientAddress)}`);
  if (!reporterId) return pseudonymOf(secret, `key:${submitter.keyId}`);
  const user = await pseudonymOf(secret, `key:${submitter.keyId}:user:${reporterId}`);
  if (submitter.trustedReporter) return user;
  const group = parseInt(user.slice(0, 2), 16) % UNTRUSTED_KEY_GROUPS;
  const source = (await pseudonymOf(secret, `key:${submitter.keyId}`)).slice(0, 8);
  return source + (await pseudonymOf(secret, `key:${submitter.keyId}:group:${group}`)).slice(8);
}

/** The caller's network pseudonym, for per-network limits (appeals); never the address itself. */
export async function networkPseudonym(secret: string, clientAddress: string): Promise<string> {
  return pseudonymOf(secret, `net:${reporterNetwork(clientAddress)}`);
}
