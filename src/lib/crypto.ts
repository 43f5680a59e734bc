/** Small Web Crypto helpers shared by auth, pseudonyms and idempotency. */
const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const byte of view) out += byte.toString(16).padStart(2, "0");
  return out;
}

export async function sha256Hex(value: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", encoder.encode(value)));
}

const hmacKeys = new Map<string, Promise<CryptoKey>>();

/** HMAC-SHA-256(secret, value) as hex; imported keys are cached per isolate. */
export async function hmacHex(secret: string, value: string): Promise<string> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    hmacKeys.set(secret, key);
  }
  return toHex(await crypto.subtle.sign("HMAC", await key, encoder.encode(value)));
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Random id with a readable prefix, e.g. newId("rep") → "rep_k3j…": the first 9 characters after
 * the prefix are `time` in base 36, so ids sort by creation time (idFloor gives the bound).
 */
export function newId(prefix: string, randomChars = 12, time = Date.now()): string {
  const random = crypto.getRandomValues(new Uint8Array(randomChars));
  let tail = "";
  for (const byte of random) tail += ID_ALPHABET[byte % 36];
  return `${idFloor(prefix, time)}${tail}`;
}

/** Reports' id prefix: lookups count a domain's recent reports by id range (idFloor), so both sides use this. */
export const REPORT_ID_PREFIX = "rep";

/** The smallest id newId(prefix) can give at or after `time`. */
export function idFloor(prefix: string, time: number): string {
  return `${prefix}_${Math.max(0, Math.floor(time)).toString(36).padStart(9, "0")}`;
}

/** String equality in time independent of where the strings differ (secrets, receipts). */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
