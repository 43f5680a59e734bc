import { describe, expect, it } from "vitest";
import { checkWebhookUrl } from "../../src/domain/webhook-url";

const refused = (url: string, loopback = false) => checkWebhookUrl(url, loopback).ok === false;

describe("webhook URLs (SSRF)", () => {
  it("accepts https URLs on public names and addresses", () => {
    for (const url of ["https://hooks.example.com/fanzha", "https://8.8.8.8/x", "https://[2606:4700:4700::1111]/hook", "https://[::ffff:0:808:808]/"]) {
      expect(checkWebhookUrl(url, false), url).toMatchObject({ ok: true });
    }
  });

  it("refuses other schemes and credentials", () => {
    for (const url of ["http://hooks.example.com/", "ftp://hooks.example.com/", "file:///etc/passwd", "https://user:pw@hooks.example.com/", "not a url"]) {
      expect(refused(url), url).toBe(true);
    }
  });

  it("refuses private, loopback, link-local, CGNAT and metadata IPv4 addresses", () => {
    for (const url of [
      "https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.1.1/", "https://127.0.0.1/", "https://127.8.9.10/",
      "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://100.127.255.254/", "https://0.0.0.0/", "https://224.0.0.1/", "https://255.255.255.255/",
    ]) {
      expect(refused(url), url).toBe(true);
    }
    expect(refused("https://100.128.0.1/")).toBe(false);
    expect(refused("https://172.32.0.1/")).toBe(false);
  });

  it("refuses decimal, hex, octal and short spellings of those addresses", () => {
    for (const url of ["https://2130706433/", "https://0x7f000001/", "https://0x7f.1/", "https://0177.0.0.1/", "https://127.1/", "https://017700000001/", "https://0xa9.0xfe.0xa9.0xfe/", "https://3232235777/"]) {
      expect(refused(url), url).toBe(true);
    }
  });

  it("refuses IPv6 loopback, unspecified, unique-local, link-local and IPv4-mapped/embedded forms", () => {
    for (const url of [
      "https://[::1]/", "https://[::]/", "https://[fc00::1]/", "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/",
      "https://[::ffff:7f00:1]/", "https://[::ffff:169.254.169.254]/", "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::10.0.0.1]/", "https://[2002:c0a8:101::1]/", "https://[::127.0.0.1]/", "https://[ff02::1]/", "https://[::ffff:0:10.0.0.1]/",
    ]) {
      expect(refused(url), url).toBe(true);
    }
  });

  it("refuses localhost and internal-only names, also with a trailing dot or in capitals", () => {
    for (const url of ["https://localhost/", "https://LOCALHOST./", "https://api.localhost/", "https://printer.local/", "https://metadata.google.internal/", "https://router.home.arpa/", "https://intranet/"]) {
      expect(refused(url), url).toBe(true);
    }
  });

  it("allows http://127.0.0.1 only when loopback is allowed, and nothing else private then", () => {
    expect(refused("http://127.0.0.1:9999/hook")).toBe(true);
    expect(checkWebhookUrl("http://127.0.0.1:9999/hook", true)).toMatchObject({ ok: true });
    expect(refused("http://localhost:9999/hook", true)).toBe(true);
    expect(refused("http://10.0.0.1/hook", true)).toBe(true);
    expect(refused("http://[::1]:9999/hook", true)).toBe(true);
  });
});
