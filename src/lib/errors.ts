/**
 * One error vocabulary for the whole API: RFC 9457 problem+json with a stable `code`,
 * the request id and, for validation failures, field-level paths.
 */
import type { Context } from "hono";
import type { ZodError } from "zod";
import { localiseFieldIssues, rememberTranslations } from "./field-messages";
import { pickLang } from "./lang";
import { problemWording } from "./problem-messages";

export const ERROR_CODES = {
  invalid_body: { status: 400, title: "Invalid request body" },
  invalid_json: { status: 400, title: "Malformed JSON" },
  invalid_query: { status: 400, title: "Invalid query parameters" },
  invalid_sender: { status: 422, title: "Not a sender number or name" },
  invalid_domain: { status: 422, title: "Not a domain" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unauthorized: { status: 401, title: "Missing or invalid API key" },
  forbidden: { status: 403, title: "This key's role may not do that" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  rate_limited: { status: 429, title: "Too many requests" },
  captcha_failed: { status: 403, title: "Human verification failed" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldIssue {
  path: string;
  message: string;
}

/** The one exception type routes throw; the app's onError turns it into problem+json. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, detail?: string, options: { errors?: FieldIssue[]; headers?: Record<string, string>; status?: number } = {}) {
    super(detail ?? ERROR_CODES[code].title);
    this.code = code;
    // A few contract answers pair a code with another status (a refused webhook URL is 422 invalid_body).
    this.status = options.status ?? ERROR_CODES[code].status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** Field paths as JSON-pointer-ish dotted strings: ["items", 3, "sender"] → "items.3.sender". */
export function issuesFromZod(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = { path: issue.path.map(String).join(".") || "(root)", message: issue.message };
    rememberTranslations(field, issue);
    return field;
  });
}

/** Where a code is explained: the catalogue this Worker serves (src/lib/error-docs.ts). */
export const errorTypeUrl = (origin: string, code: ErrorCode) => `${origin}/docs/errors#${code}`;

export function problemBody(code: ErrorCode, detail: string, requestId: string, errors?: FieldIssue[], origin = "", status: number = ERROR_CODES[code].status) {
  const { title } = ERROR_CODES[code];
  return {
    type: errorTypeUrl(origin, code),
    title,
    status,
    code,
    detail,
    requestId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function problemResponse(c: Context, error: ApiError): Response {
  const requestId = (c.get("requestId") as string | undefined) ?? "unknown";
  const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
  const english = problemBody(error.code, error.message, requestId, localiseFieldIssues(error.errors, lang), new URL(c.req.url).origin, error.status);
  const body = { ...english, ...problemWording(error.code, lang, english) };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "x-request-id": requestId,
      "content-language": lang,
      vary: "Accept-Language",
      ...error.headers,
    },
  });
}
