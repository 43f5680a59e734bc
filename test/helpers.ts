/** Test helpers for Workers-runtime tests: requests through the real Worker, table snapshots. */
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";

export const BASE = "http://fanzha.test";

export interface CallOptions {
  method?: string;
  json?: unknown;
  form?: Record<string, string>;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Simulated client address (distinct addresses are distinct reporters); random when omitted. */
  ip?: string;
  key?: string;
}

/** A fresh documentation-range address per call unless a test pins one (same address = same reporter). */
function randomAddress(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint8Array(2));
  return `10.${a}.${b}.${1 + (a % 250)}`;
}

export async function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { "cf-connecting-ip": options.ip ?? randomAddress(), ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers["content-type"] ??= "application/x-www-form-urlencoded";
    body = new URLSearchParams(options.form).toString();
  }
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  return exports.default.fetch(new Request(`${BASE}${path}`, { method: options.method ?? (body !== undefined ? "POST" : "GET"), headers, body }));
}

export async function json<T = Record<string, any>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Asserts an RFC 9457 problem response with the given status and code; returns the body. */
export async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await json(response);
  expect(body).toMatchObject({ status, code, type: `${BASE}/docs/errors#${code}`, title: expect.any(String), detail: expect.any(String) });
  expect(body.requestId).toBe(response.headers.get("x-request-id"));
  expect(body.requestId).toBeTruthy();
  return body;
}

let countsStatement: D1PreparedStatement | null = null;

/** Row counts of every application table (one query), to prove a request changed nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  if (!countsStatement) {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
    ).all<{ name: string }>();
    const columns = results.map(({ name }) => `(SELECT count(*) FROM "${name}") AS "${name}"`);
    columns.push(`(SELECT value FROM counters WHERE name = 'change') AS "counters.change"`);
    countsStatement = env.DB.prepare(`SELECT ${columns.join(", ")}`);
  }
  return (await countsStatement.first<Record<string, number>>()) ?? {};
}

export const ADMIN = "test-admin-token";

export async function createKey(role: "app" | "carrier" | "regulator" | "admin", name = `${role} key`): Promise<{ id: string; key: string }> {
  const response = await call("/api/v1/admin/keys", { json: { name, role }, key: ADMIN });
  expect(response.status).toBe(201);
  return json(response);
}

/** An app key an admin created with "trustedReporter": true: its users count as distinct reporters. */
export async function trustedKey(name = "trusted app"): Promise<{ id: string; key: string }> {
  const response = await call("/api/v1/admin/keys", { json: { name, role: "app", trustedReporter: true }, key: ADMIN });
  expect(response.status).toBe(201);
  return json(response);
}

export const SCAM_TEXT =
  "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12800元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://zx-jr.top/8812 处理，回复验证码确认身份。";

/** A CSV body as bytes: whether it starts with the UTF-8 BOM (Response.text() would strip it), and its text. */
export async function csvBody(response: Response): Promise<{ bom: boolean; text: string }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { bom, text: new TextDecoder("utf-8", { ignoreBOM: true, fatal: false }).decode(bytes).replace(/^\uFEFF/, "") };
}
