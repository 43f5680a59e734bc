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
  /** Simulated client address (distinct addresses are distinct reporters). */
  ip?: string;
  key?: string;
}

export async function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { "cf-connecting-ip": options.ip ?? "198.51.100.1", ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers["content-type"] ??= "application/x-www-form-urlencoded";
    body = new URLSearchParams(options.form).toString();
  }
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  return exports.default.fetch(new Request(`${BASE}${path}`, { method: options.method ?? (body ? "POST" : "GET"), headers, body }));
}

export async function json<T = Record<string, any>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Asserts an RFC 9457 problem response with the given status and code; returns the body. */
export async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await json(response);
  expect(body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(body.requestId).toBe(response.headers.get("x-request-id"));
  expect(body.requestId).toBeTruthy();
  return body;
}

/** Row counts of every application table, to prove a request changed nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results) {
    counts[name] = (await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<number>("n")) ?? 0;
  }
  const changeSeq = await env.DB.prepare("SELECT value FROM counters WHERE name = 'change'").first<number>("value");
  counts["counters.change"] = changeSeq ?? 0;
  return counts;
}

export const ADMIN = "test-admin-token";

export async function createKey(role: "app" | "carrier" | "regulator" | "admin", name = `${role} key`): Promise<{ id: string; key: string }> {
  const response = await call("/api/v1/admin/keys", { json: { name, role }, key: ADMIN });
  expect(response.status).toBe(201);
  return json(response);
}

export const SCAM_TEXT =
  "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12800元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://zx-jr.top/8812 处理，回复验证码确认身份。";
