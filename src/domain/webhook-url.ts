/**
 * Which URLs a webhook may be delivered to (SSRF safety), checked when a subscription is created and
 * again before every delivery. The URL is parsed by the WHATWG URL parser first, which already
 * turns every IPv4 spelling (decimal 2130706433, hex 0x7f.1, octal 0177.0.0.1, short 127.1) into
 * dotted form and IPv6 into its compressed form, so the checks below see one spelling per address.
 * Refused: anything but https: (http://127.0.0.1 only when loopback is allowed for local
 * development); IP literals in private, loopback, link-local, CGNAT, metadata, multicast, reserved
 * and documentation ranges, also inside IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6
 * addresses; localhost and internal-only names; credentials in the URL.
 */

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/** [first address, prefix length] of IPv4 ranges that are not the public Internet. */
const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

/** Host names that only ever mean this machine or a private network. */
const BLOCKED_NAMES = [/^localhost$/, /\.localhost$/, /\.local$/, /\.internal$/, /\.home\.arpa$/, /\.lan$/, /^metadata$/, /^metadata\.google\.internal$/];

function v4ToNumber(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

function blockedV4(value: number): boolean {
  return BLOCKED_V4.some(([first, bits]) => {
    const base = v4ToNumber(first) as number;
    const size = 2 ** (32 - bits);
    return value >= base && value < base + size;
  });
}

/** The eight 16-bit groups of an IPv6 address as the URL parser serialises it (hex groups, "::" once). */
function v6Groups(address: string): number[] | null {
  const [head = "", tail, extra] = address.split("::");
  if (extra !== undefined) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16) : NaN)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g)) ? groups : null;
}

function blockedV6(groups: number[]): boolean {
  const [a = 0, b = 0] = groups;
  const embeddedV4 = (hi: number, lo: number) => hi * 65536 + lo;
  const allZero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (allZero(0, 8)) return true; // ::
  if (allZero(0, 7) && groups[7] === 1) return true; // ::1
  if (allZero(0, 5) && groups[5] === 0xffff) return true; // IPv4-mapped (::ffff:a.b.c.d): never how a public receiver is named
  if (allZero(0, 4) && groups[4] === 0xffff && groups[5] === 0) return blockedV4(embeddedV4(groups[6] as number, groups[7] as number)); // IPv4-translated (SIIT)
  if (allZero(0, 6)) return true; // IPv4-compatible (deprecated)
  if (a === 0x64 && b === 0xff9b) return blockedV4(embeddedV4(groups[6] as number, groups[7] as number)); // NAT64
  if (a === 0x2002) return blockedV4(embeddedV4(b, groups[2] as number)); // 6to4
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  if (a === 0x0100 && allZero(1, 4)) return true; // discard-only 100::/64
  return false;
}

const LOOPBACK_HOST = "127.0.0.1";

export function checkWebhookUrl(input: string, allowLoopback: boolean): UrlVerdict {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: "Not a URL." };
  }
  if (url.username || url.password) return { ok: false, reason: "Credentials in the URL are not allowed." };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (allowLoopback && host === LOOPBACK_HOST && (url.protocol === "http:" || url.protocol === "https:")) return { ok: true, url };
  if (url.protocol !== "https:") return { ok: false, reason: "Only https: URLs are delivered to." };
  if (host.startsWith("[")) {
    const groups = v6Groups(host.slice(1, -1));
    if (!groups || blockedV6(groups)) return { ok: false, reason: "The address is in a private, loopback, link-local or reserved range." };
    return { ok: true, url };
  }
  const v4 = v4ToNumber(host);
  if (v4 !== null) {
    return blockedV4(v4) ? { ok: false, reason: "The address is in a private, loopback, link-local, CGNAT or reserved range." } : { ok: true, url };
  }
  if (!host.includes(".") || BLOCKED_NAMES.some((pattern) => pattern.test(host))) return { ok: false, reason: "Local and internal host names are not allowed." };
  return { ok: true, url };
}
