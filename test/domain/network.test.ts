import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reporterNetwork } from "../../src/domain/network";

describe("reporterNetwork: one IPv4 /24 or IPv6 /64 is one reporter", () => {
  it("folds every address of an IPv4 /24 together and keeps neighbouring /24s apart", () => {
    expect(reporterNetwork("203.0.113.1")).toBe("203.0.113.0/24");
    expect(reporterNetwork("203.0.113.254")).toBe("203.0.113.0/24");
    expect(reporterNetwork("203.0.114.1")).not.toBe(reporterNetwork("203.0.113.1"));
  });

  it("folds every address of an IPv6 /64 together, in any spelling", () => {
    const network = reporterNetwork("2001:db8:1:2::1");
    expect(network).toBe("2001:db8:1:2::/64");
    expect(reporterNetwork("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe(network);
    expect(reporterNetwork("[2001:db8:1:2:a:b:c:d]")).toBe(network);
    expect(reporterNetwork("2001:db8:1:3::1")).not.toBe(network);
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 /24", () => {
    expect(reporterNetwork("::ffff:203.0.113.9")).toBe("203.0.113.0/24");
  });

  it("property: any two addresses sharing the first three octets share a network", () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(octet, octet, octet, octet, octet, (a, b, c, d1, d2) => {
        expect(reporterNetwork(`${a}.${b}.${c}.${d1}`)).toBe(reporterNetwork(`${a}.${b}.${c}.${d2}`));
      }),
    );
  });

  it("property: any two addresses sharing the first 64 bits share a network", () => {
    const hextet = fc.integer({ min: 0, max: 0xffff }).map((h) => h.toString(16));
    const prefix = fc.array(hextet, { minLength: 4, maxLength: 4 });
    const suffix = fc.array(hextet, { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(prefix, suffix, suffix, (p, s1, s2) => {
        fc.pre(p[0] !== "0");
        expect(reporterNetwork([...p, ...s1].join(":"))).toBe(reporterNetwork([...p, ...s2].join(":")));
      }),
    );
  });
});
