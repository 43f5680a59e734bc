/**
 * Generated hostile requests for every route: malformed and adversarial bodies, paths and query
 * strings (the adversarial text table included), wrong media types, characters that are not text.
 * Shared by `npm run fuzz` (against `wrangler dev`) and its fixed-seed subset in npm test
 * (test/routes/fuzz.test.ts). No Node APIs: it runs in workerd too.
 */
import fc from "fast-check";
import { adversarialInputs } from "./adversarial";

export interface FuzzRequest {
  /** Route family, for the report: "POST /api/v1/reports", "GET /api/v1/domains/{d}" … */
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** API keys the generator may use (created by the caller). */
export interface FuzzKeys {
  carrier: string;
  regulator: string;
}

/** Texts up to `maxLength` from the adversarial table (cut), and arbitrary strings, graphemes and broken UTF-16. */
function hostileText(maxLength: number): fc.Arbitrary<string> {
  const table = adversarialInputs(Math.min(maxLength, 4000)).map((input) => input.text);
  return fc.oneof(
    fc.constantFrom(...table),
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom("", " ", "\u0000", "\ud800", "\udc00x", "\ufffe", "逾期\u0000请还款", "【中信金融】您已逾期，回复验证码 http://a.top/x", "=1+1", "-1+1+cmd|' /C calc'!A0"),
  );
}

const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

function encodeForm(record: Record<string, unknown>): string {
  // URLSearchParams would turn lone surrogates into U+FFFD; encode by hand to send them as written.
  return Object.entries(record)
    .map(([key, value]) => `${escapeLoosely(key)}=${escapeLoosely(typeof value === "string" ? value : (JSON.stringify(value) ?? ""))}`)
    .join("&");
}

/** encodeURIComponent, except that lone surrogates (which it throws on) are sent as their raw UTF-8-ish bytes. */
function escapeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((ch) => (/[\ud800-\udfff]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("");
  }
}

/** One generated request; bodies are sent as JSON, urlencoded, multipart or another media type. */
export function fuzzRequest(keys: FuzzKeys): fc.Arbitrary<FuzzRequest> {
  const text = hostileText(4000);
  const shortText = hostileText(120);
  const reportBody = fc.record(
    { sender: fc.oneof(shortText, fc.constantFrom("13800138000", "10690000123", "95558")), text, forwarded: shortText, carrier: scalar, region: scalar, category: scalar, claimedInstitution: shortText, receivedAt: scalar, reporterId: scalar },
    { requiredKeys: [] },
  );
  const asBody = (value: unknown) =>
    fc.constantFrom<[string, string]>(
      ["application/json", JSON.stringify(value) ?? ""],
      ["application/x-www-form-urlencoded", value && typeof value === "object" ? encodeForm(value as Record<string, unknown>) : (JSON.stringify(value) ?? "")],
      ["multipart/form-data; boundary=x", `--x\r\ncontent-disposition: form-data; name="text"\r\n\r\n${JSON.stringify(value)}\r\n--x--\r\n`],
      ["text/plain", JSON.stringify(value) ?? ""],
      ["application/json", `${JSON.stringify(value) ?? ""}`.slice(0, 17)],
    );
  const post = (route: string, path: string, body: fc.Arbitrary<unknown>, headers: Record<string, string> = {}) =>
    body.chain((value) => asBody(value).map(([type, encoded]): FuzzRequest => ({ route, method: "POST", path, headers: { "content-type": type, ...headers }, body: encoded })));
  const get = (route: string, paths: fc.Arbitrary<string>, headers: Record<string, string> = {}) =>
    paths.map((path): FuzzRequest => ({ route, method: "GET", path, headers }));
  const segment = shortText.map((value) => escapeLoosely(value).slice(0, 2048) || "x");
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  return fc.oneof(
    post("POST /api/v1/reports", "/api/v1/reports", fc.oneof(reportBody, fc.anything({ maxDepth: 2 }))),
    post("POST /api/v1/reports (Idempotency-Key)", "/api/v1/reports", reportBody, { "idempotency-key": "fuzz-retry" }),
    post("POST /api/v1/check", "/api/v1/check", fc.oneof(fc.record({ sender: shortText, text, url: shortText, audience: scalar, maxAgeDays: scalar }, { requiredKeys: [] }), fc.anything({ maxDepth: 2 }))),
    post("POST /api/v1/appeals", "/api/v1/appeals", fc.record({ target: fc.record({ type: fc.constantFrom("sender", "domain", "x"), value: shortText }), statement: text, contact: shortText }, { requiredKeys: [] })),
    post("POST /api/v1/lookup/batch", "/api/v1/lookup/batch", fc.record({ senders: fc.array(shortText, { maxLength: 120 }), domains: fc.array(shortText, { maxLength: 20 }) }, { requiredKeys: [] }), bearer(keys.carrier)),
    post("POST /report (form page)", "/report", reportBody),
    get("GET /api/v1/senders/{n}", segment.map((value) => `/api/v1/senders/${value.slice(0, 200)}`)),
    get("GET /api/v1/domains/{d}", segment.map((value) => `/api/v1/domains/${value}`)),
    get("GET /api/v1/campaigns/{id}", segment.map((value) => `/api/v1/campaigns/${value.slice(0, 100)}`)),
    get("GET /api/v1/senders/range/{prefix}", segment.map((value) => `/api/v1/senders/range/${value.slice(0, 20)}`)),
    get("GET /api/v1/appeals/{id}", segment.map((value) => `/api/v1/appeals/apl_${value.slice(0, 40)}?token=${value.slice(0, 40)}`)),
    get("GET /api/v1/stats", segment.map((value) => `/api/v1/stats?from=${value.slice(0, 30)}&to=2026-11-30&groupBy=${value.slice(0, 60)}&format=csv`), bearer(keys.regulator)),
    get("GET /api/v1/feeds/domains", segment.map((value) => `/api/v1/feeds/domains?since=${value.slice(0, 30)}&limit=${value.slice(0, 10)}`), bearer(keys.carrier)),
  );
}
