/**
 * The error catalogue served at /docs/errors: for every code in ERROR_CODES what it means and what
 * the caller should do. Typed as a record over ErrorCode, so a new code does not compile until it
 * is explained here (and the page and every problem `type` link point at its entry).
 */
import type { ErrorCode } from "./errors";

export interface ErrorDoc {
  meaning: string;
  action: string;
}

export const ERROR_DOCS: Record<ErrorCode, ErrorDoc> = {
  invalid_body: {
    meaning: "The body parsed, but a field is missing, has the wrong type or is out of range. `errors[]` names each field by its path.",
    action: "Fix the fields listed in `errors[]` and send again. Nothing was stored.",
  },
  invalid_json: {
    meaning: "The body is not valid JSON (or not valid UTF-8).",
    action: "Send a JSON object with `content-type: application/json`; check quoting and trailing commas.",
  },
  invalid_query: {
    meaning: "A query or path parameter is missing, malformed or out of range. `errors[]` names each one.",
    action: "Fix the parameters listed in `errors[]`; the OpenAPI document gives each one's range.",
  },
  invalid_sender: {
    meaning: "The sender is not a phone number, SMS port (such as 1069…, 95…) or alphanumeric sender name.",
    action: "Send the number as it appears on the phone (spaces and dashes are fine) or the sender name.",
  },
  invalid_domain: {
    meaning: "The value is not a host name with a registrable domain (per the Public Suffix List).",
    action: "Send a host name such as `example.top` or a full URL; IP addresses and bare suffixes are not domains.",
  },
  unsupported_media_type: {
    meaning: "The request's `content-type` is not one this endpoint reads.",
    action: "Send `application/json` (or `application/x-www-form-urlencoded` for reports).",
  },
  payload_too_large: {
    meaning: "The body is larger than the limit (64 KiB; a report's text is at most 2,000 characters).",
    action: "Send less: split a batch into several requests of at most 100 items.",
  },
  unauthorized: {
    meaning: "The `Authorization: Bearer` key is missing where one is required, unknown, or revoked.",
    action: "Check the key (keys are shown once, at creation); ask the operator for a new one if it was revoked.",
  },
  forbidden: {
    meaning: "The key is valid but its role (app, carrier, regulator, admin) may not call this endpoint.",
    action: "Use a key of a role that may (README, Roles and limits), or call the anonymous endpoint instead.",
  },
  not_found: {
    meaning: "No such route, or no such resource (campaign, appeal, key, report).",
    action: "Check the path and id; ids are returned by the call that created the resource.",
  },
  method_not_allowed: {
    meaning: "The route exists but not with this HTTP method.",
    action: "Use the method the OpenAPI document lists for this path.",
  },
  conflict: {
    meaning: "The request conflicts with the current state: an `Idempotency-Key` reused with a different body or still in progress, or an action already taken.",
    action: "Use a new `Idempotency-Key` for a different request; for one still in progress, retry after a moment.",
  },
  rate_limited: {
    meaning: "Over this client's or key's budget, or a second report on the same sender within 15 minutes.",
    action: "Wait the number of seconds in `Retry-After`, then retry. Budgets per role are in the README.",
  },
  captcha_failed: {
    meaning: "An anonymous submission without a valid Cloudflare Turnstile token, where the operator has Turnstile on.",
    action: "Complete the human check on the form (send its token as `cf-turnstile-response`), or submit with an API key.",
  },
  internal: {
    meaning: "A fault on our side; nothing you sent caused it.",
    action: "Retry later. If it persists, report the `requestId` to the operator.",
  },
  unavailable: {
    meaning: "A dependency (the database, or Turnstile's verification) did not answer.",
    action: "Retry with backoff; reports sent with an `Idempotency-Key` are safe to retry.",
  },
};
