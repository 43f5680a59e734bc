/** Admin routes: API keys, the official-sender registry, appeal decisions, hiding reports, audit log. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../lib/context";
import { newId, sha256Hex } from "../lib/crypto";
import { insertKey, revokeKey } from "../db/queries/keys";
import {
  addOfficialDomain,
  addOfficialSender,
  decideAppeal,
  findAppeal,
  hideReport,
  listAudit,
  removeOfficialDomain,
  removeOfficialSender,
  reopenAppeal,
  type AuditEntry,
} from "../db/queries/moderation";
import { normaliseDomainInput } from "../domain/links";
import { normaliseSender, registryKeyOf } from "../domain/phone";
import { ApiError } from "../lib/errors";
import { requireRole } from "../middleware/auth";
import { jsonBody, pickErrors } from "../schemas/common";
import { announceTargets } from "../services/webhooks";
import { appealView } from "./appeals";
import { backgroundOf } from "./reports";

const KEY_ROLES = ["app", "carrier", "regulator", "admin"] as const;
const adminOnly = { security: [{ apiKey: [] }], middleware: [requireRole("admin")], tags: ["Admin"] };

const ReasonField = z.string().trim().min(3).max(1000).openapi({ description: "Why — kept in the audit log." });

const createKey = createRoute({
  ...adminOnly,
  method: "post",
  path: "/api/v1/admin/keys",
  operationId: "createApiKey",
  summary: "Create an API key (shown once)",
  request: jsonBody(
    z
      .object({
        name: z.string().trim().min(1).max(100),
        role: z.enum(KEY_ROLES),
        trustedReporter: z
          .boolean()
          .default(false)
          .openapi({ description: "Count the users this key names by `reporterId` as distinct reporters (otherwise they count together as at most two)." }),
      })
      .openapi("CreateKeyInput"),
  ),
  responses: {
    201: {
      description: "The key; store it now, it is never shown again",
      content: {
        "application/json": {
          schema: z
            .object({ id: z.string(), key: z.string(), prefix: z.string(), name: z.string(), role: z.enum(KEY_ROLES), trustedReporter: z.boolean() })
            .openapi("CreatedKey"),
        },
      },
    },
    ...pickErrors(400, 401, 403, 415),
  },
});

const deleteKey = createRoute({
  ...adminOnly,
  method: "delete",
  path: "/api/v1/admin/keys/{id}",
  operationId: "revokeApiKey",
  summary: "Revoke an API key at once",
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 204: { description: "Revoked" }, ...pickErrors(401, 403, 404) },
});

const OfficialSenderSchema = z
  .object({
    number: z.string().trim().min(1).max(64).optional().openapi({ example: "95558", description: "An official number (or give `domain`)." }),
    domain: z.string().trim().min(1).max(253).optional().openapi({ example: "citicbank.com", description: "An official domain (or give `number`)." }),
    organization: z.string().trim().min(1).max(100).openapi({ example: "中信银行" }),
    category: z.string().trim().max(50).optional(),
    label: z.string().trim().max(100).optional(),
    reason: ReasonField,
  })
  .refine((body) => (body.number === undefined) !== (body.domain === undefined), { message: "Give exactly one of number and domain.", path: ["number"] })
  .openapi("OfficialSenderInput");

const addOfficial = createRoute({
  ...adminOnly,
  method: "post",
  path: "/api/v1/admin/official-senders",
  operationId: "addOfficialSender",
  summary: "Add (or update) an official sender or domain in the registry",
  request: jsonBody(OfficialSenderSchema),
  responses: {
    201: {
      description: "Registered",
      content: {
        "application/json": {
          schema: z.object({ number: z.string().optional(), normalized: z.string().optional(), domain: z.string().optional(), organization: z.string() }),
        },
      },
    },
    ...pickErrors(400, 401, 403, 415, 422),
  },
});

const removeOfficial = createRoute({
  ...adminOnly,
  method: "delete",
  path: "/api/v1/admin/official-senders/{numberOrDomain}",
  operationId: "removeOfficialSender",
  summary: "Remove an official sender or domain from the registry",
  request: { params: z.object({ numberOrDomain: z.string().min(1).max(253) }), query: z.object({ reason: ReasonField }) },
  responses: { 204: { description: "Removed" }, ...pickErrors(400, 401, 403, 404, 422) },
});

const decide = createRoute({
  ...adminOnly,
  method: "patch",
  path: "/api/v1/admin/appeals/{id}",
  operationId: "decideAppeal",
  summary: "Decide an appeal; upheld clears the target's verdict",
  request: { params: z.object({ id: z.string().min(1).max(64) }), ...jsonBody(z.object({ decision: z.enum(["upheld", "rejected"]), reason: ReasonField }).openapi("AppealDecision")) },
  responses: {
    200: { description: "Decided", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } },
    ...pickErrors(400, 401, 403, 404, 415),
    409: { description: "Already decided", content: { "application/problem+json": { schema: z.any() } } },
  },
});

const reopen = createRoute({
  ...adminOnly,
  method: "post",
  path: "/api/v1/admin/appeals/{id}/reopen",
  operationId: "reopenAppeal",
  summary: "Reopen a decided appeal; an upheld one no longer clears its target",
  request: { params: z.object({ id: z.string().min(1).max(64) }), ...jsonBody(z.object({ reason: ReasonField }).openapi("AppealReopen")) },
  responses: {
    200: { description: "Open again", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } },
    ...pickErrors(400, 401, 403, 404, 415),
    409: { description: "Not decided", content: { "application/problem+json": { schema: z.any() } } },
  },
});

const hide = createRoute({
  ...adminOnly,
  method: "post",
  path: "/api/v1/admin/reports/{id}/hide",
  operationId: "hideReport",
  summary: "Hide a report: it stops counting but stays in the audit trail",
  request: { params: z.object({ id: z.string().min(1).max(64) }), ...jsonBody(z.object({ reason: ReasonField }).openapi("HideReportInput")) },
  responses: { 204: { description: "Hidden" }, ...pickErrors(400, 401, 403, 404, 415) },
});

const AuditEntrySchema = z
  .object({
    id: z.string(),
    actor: z.string().openapi({ description: "Key id of the admin (admin-token for the bootstrap token)." }),
    action: z.string(),
    target: z.object({ type: z.string(), value: z.string() }),
    reason: z.string().nullable(),
    details: z.unknown().nullable(),
    createdAt: z.string(),
  })
  .openapi("AuditEntry");

const audit = createRoute({
  ...adminOnly,
  method: "get",
  path: "/api/v1/admin/audit",
  operationId: "listAudit",
  summary: "Every admin action, newest first",
  request: {
    query: z.object({
      before: z.iso.datetime({ offset: true }).optional().openapi({ description: "Entries older than this time." }),
      cursor: z
        .string()
        .regex(/^\d{1,15}_[\w-]{1,64}$/, "A `next` value from the previous page.")
        .optional()
        .openapi({ description: "The previous page's `next`: continues exactly after its last entry." }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: { description: "Audit log", content: { "application/json": { schema: z.object({ entries: z.array(AuditEntrySchema), next: z.string().nullable() }) } } },
    ...pickErrors(400, 401, 403),
  },
});

/** An appeal's target as lookups and webhooks name it. */
const appealTarget = (appeal: { targetType: string; target: string }) => ({ type: appeal.targetType === "domain" ? ("domain" as const) : ("sender" as const), value: appeal.target });

/** A registry domain as lookups key it: the host for platforms (src/domain/platforms.ts), else the registrable domain. */
function officialDomainOf(input: string): string {
  const domain = normaliseDomainInput(input);
  if (!domain) throw new ApiError("invalid_domain", "domain is not a domain.", { errors: [{ path: "domain", message: "Not a domain." }] });
  return domain.domain;
}

function auditEntry(c: Context<AppEnv>, action: string, target: { type: string; value: string }, reason: string | null, details?: unknown): AuditEntry {
  return {
    id: newId("aud"),
    actor: c.get("principal").keyId ?? "unknown",
    action,
    targetType: target.type,
    target: target.value,
    reason,
    details: details === undefined ? null : JSON.stringify(details),
    createdAt: Date.now(),
  };
}

const KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

function randomSecret(length: number): string {
  // 256 is not a multiple of 57; rejection sampling keeps every character equally likely.
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 228 && out.length < length) out += KEY_ALPHABET[byte % KEY_ALPHABET.length];
    }
  }
  return out;
}

export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createKey, async (c) => {
    const { name, role, trustedReporter } = c.req.valid("json");
    const key = `fz_${role}_${randomSecret(32)}`;
    const id = newId("key", 8);
    const prefix = key.slice(0, role.length + 8);
    await insertKey(
      c.env.DB,
      { id, prefix, hash: await sha256Hex(key), name, role, createdAt: Date.now(), trustedReporter },
      auditEntry(c, "key.create", { type: "key", value: id }, null, { name, role, prefix, trustedReporter }),
    );
    return c.json({ id, key, prefix, name, role, trustedReporter }, 201);
  });

  app.openapi(deleteKey, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await revokeKey(c.env.DB, id, Date.now(), auditEntry(c, "key.revoke", { type: "key", value: id }, null)))) throw new ApiError("not_found", `No live key ${id}.`);
    return c.body(null, 204);
  });

  app.openapi(addOfficial, async (c) => {
    const body = c.req.valid("json");
    if (body.domain !== undefined) {
      const domain = officialDomainOf(body.domain);
      await addOfficialDomain(
        c.env.DB,
        { domain, organization: body.organization, now: Date.now() },
        auditEntry(c, "official_domain.add", { type: "domain", value: domain }, body.reason, { organization: body.organization }),
      );
      backgroundOf(c)(announceTargets(c.env, "moderation", [{ type: "domain", value: domain }]));
      return c.json({ domain, organization: body.organization }, 201);
    }
    const sender = normaliseSender(body.number ?? "");
    if (!sender) throw new ApiError("invalid_sender", "number is not a sender.", { errors: [{ path: "number", message: "Not a sender." }] });
    const number = registryKeyOf(sender);
    await addOfficialSender(
      c.env.DB,
      { number, organization: body.organization, category: body.category ?? null, kind: sender.kind, label: body.label ?? null, now: Date.now() },
      auditEntry(c, "official_sender.add", { type: "sender", value: sender.normalized }, body.reason, { organization: body.organization }),
    );
    backgroundOf(c)(announceTargets(c.env, "moderation", [{ type: "sender", value: sender.normalized }]));
    return c.json({ number, normalized: sender.normalized, organization: body.organization }, 201);
  });

  app.openapi(removeOfficial, async (c) => {
    const { numberOrDomain: input } = c.req.valid("param");
    const { reason } = c.req.valid("query");
    if (/[a-z]/i.test(input) && input.includes(".")) {
      const domain = officialDomainOf(input);
      const removed = await removeOfficialDomain(c.env.DB, domain, auditEntry(c, "official_domain.remove", { type: "domain", value: domain }, reason));
      if (!removed) throw new ApiError("not_found", `${domain} is not in the registry.`);
      backgroundOf(c)(announceTargets(c.env, "moderation", [{ type: "domain", value: domain }]));
      return c.body(null, 204);
    }
    const sender = normaliseSender(input);
    if (!sender) throw new ApiError("invalid_sender", "number is not a sender.");
    const removed = await removeOfficialSender(c.env.DB, registryKeyOf(sender), auditEntry(c, "official_sender.remove", { type: "sender", value: sender.normalized }, reason));
    if (!removed) throw new ApiError("not_found", `${sender.normalized} is not in the registry.`);
    backgroundOf(c)(announceTargets(c.env, "moderation", [{ type: "sender", value: sender.normalized }]));
    return c.body(null, 204);
  });

  app.openapi(decide, async (c) => {
    const { id } = c.req.valid("param");
    const { decision, reason } = c.req.valid("json");
    const appeal = await findAppeal(c.env.DB, id);
    if (!appeal) throw new ApiError("not_found", `No appeal ${id}.`);
    if (appeal.status !== "open") throw new ApiError("conflict", `Appeal ${id} was already ${appeal.status}.`);
    const now = Date.now();
    const target = { type: appeal.targetType, value: appeal.target };
    const decided = await decideAppeal(
      c.env.DB,
      { id, decision, reason, actor: c.get("principal").keyId ?? "unknown", now, targetType: appeal.targetType, target: appeal.target },
      auditEntry(c, `appeal.${decision}`, target, reason, { appealId: id }),
    );
    if (!decided) throw new ApiError("conflict", `Appeal ${id} was decided concurrently.`);
    // A rejected appeal changes no verdict.
    if (decision === "upheld") backgroundOf(c)(announceTargets(c.env, "appeal", [appealTarget(appeal)]));
    return c.json(appealView({ ...appeal, status: decision, decisionReason: reason, decidedAt: now }), 200);
  });

  app.openapi(reopen, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const appeal = await findAppeal(c.env.DB, id);
    if (!appeal) throw new ApiError("not_found", `No appeal ${id}.`);
    const target = { type: appeal.targetType, value: appeal.target };
    const reopened = await reopenAppeal(
      c.env.DB,
      { id, targetType: appeal.targetType, target: appeal.target },
      auditEntry(c, "appeal.reopen", target, reason, { appealId: id, previousStatus: appeal.status }),
    );
    if (!reopened) throw new ApiError("conflict", `Appeal ${id} is open already.`);
    // Reopening an upheld appeal lets the target's evidence count again.
    if (appeal.status === "upheld") backgroundOf(c)(announceTargets(c.env, "appeal", [appealTarget(appeal)]));
    return c.json(appealView({ ...appeal, status: "open", decisionReason: null, decidedAt: null }), 200);
  });

  app.openapi(hide, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const hidden = await hideReport(c.env.DB, { id, now: Date.now() }, auditEntry(c, "report.hide", { type: "report", value: id }, reason));
    if (!hidden) throw new ApiError("not_found", `No visible report ${id}.`);
    const targets = [{ type: "sender" as const, value: hidden.sender }, ...hidden.domains.map((value) => ({ type: "domain" as const, value }))];
    backgroundOf(c)(announceTargets(c.env, "moderation", targets, [hidden.campaignId]));
    return c.body(null, 204);
  });

  app.openapi(audit, async (c) => {
    const { before, cursor, limit } = c.req.valid("query");
    // A cursor is the previous page's last (time, id); `before` alone starts after everything of that
    // millisecond and later ("\uffff" sorts after every id).
    const position = cursor
      ? { createdAt: Number(cursor.slice(0, cursor.indexOf("_"))), id: cursor.slice(cursor.indexOf("_") + 1) }
      : { createdAt: before ? Date.parse(before) - 1 : Date.now() + 1, id: "\uffff" };
    const rows = await listAudit(c.env.DB, { before: position, limit });
    const entries = rows.map((row) => ({
      id: row.id,
      actor: row.actor,
      action: row.action,
      target: { type: row.targetType, value: row.target },
      reason: row.reason,
      details: row.details ? (JSON.parse(row.details) as unknown) : null,
      createdAt: new Date(row.createdAt).toISOString(),
    }));
    const last = rows.at(-1);
    return c.json({ entries, next: rows.length === limit && last ? `${last.createdAt}_${last.id}` : null }, 200);
  });
}
