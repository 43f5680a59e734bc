/**
 * The network a client address belongs to, as reporters are counted (docs/scoring.md, "Who counts
 * as a reporter"): an IPv4 /24 or an IPv6 /64. Anyone can hold every address of one such block, so
 * the block — not the address — is one witness. Pure; the result is only ever an HMAC input.
 */

/** Example: reporterNetwork("203.0.113.77") → "203.0.113.0/24"; reporterNetwork("2001:db8:1:2::9") → "2001:db8:1:2::/64" */
export function reporterNetwork(address: string): string {
  const trimmed = address.trim().toLowerCase().replace(/^\[|\]$/g, "");
  const v4 = ipv4Octets(trimmed);
  if (v4) return `${v4[0]}.${v4[1]}.${v4[2]}.0/24`;
  const hextets = ipv6Hextets(trimmed);
  if (hextets) {
    // IPv4-mapped (::ffff:a.b.c.d) and NAT64 addresses carry an IPv4 client: count its /24.
    const mapped = hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff;
    if (mapped) return `${hextets[6]! >> 8}.${hextets[6]! & 0xff}.${hextets[7]! >> 8}.0/24`;
    return `${hextets.slice(0, 4).map((h) => h.toString(16)).join(":")}::/64`;
  }
  // Not an address (a missing header in local use): the value itself, as before.
  return trimmed;
}

function ipv4Octets(text: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** Eight 16-bit groups of an IPv6 address ("::" expanded, a dotted IPv4 tail converted), or null. */
function ipv6Hextets(text: string): number[] | null {
  if (!text.includes(":") || text.length > 45) return null;
  const zone = text.indexOf("%");
  let body = zone >= 0 ? text.slice(0, zone) : text;
  const tail = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(body);
  if (tail) {
    const octets = ipv4Octets(tail[1]!);
    if (!octets) return null;
    body = `${body.slice(0, tail.index)}${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}
