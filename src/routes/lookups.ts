/** Bulk and private lookups for apps and carriers: batch (≤ 100 items) and k-anonymous range. */
import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { normaliseDomainInput } from "../domain/links";
import { normaliseSender } from "../domain/phone";
import { AUDIENCES } from "../domain/score";
import type { NormalisedSender } from "../domain/types";
import { lookupTargets, type LookupTarget } from "../services/lookup";
import { requestLang } from "../lib/lang";
import { withOfficialContacts } from "../services/contacts";
import { requireRole } from "../middleware/auth";
import { sendersInHashRange } from "../db/queries/senders";
import { jsonBody, pickErrors, ReputationSchema } from "../schemas/common";

export const MAX_BATCH_ITEMS = 100;

const ItemResultSchema = z
  .object({
    input: z.string(),
    result: ReputationSchema.optional(),
    error: z.object({ code: z.enum(["invalid_sender", "invalid_domain"]), message: z.string() }).optional(),
  })
  .openapi("BatchItemResult");

const batch = createRoute({
  method: "post",
  path: "/api/v1/lookup/batch",
  operationId: "lookupBatch",
  tags: ["Lookups"],
  summary: "Up to 100 senders and domains in one call",
  description: "Results in input order, each as the single lookup (without verbose). An invalid item gets an `error` without failing the batch. One D1 round trip with a constant number of statements, whatever the batch size.",
  security: [{ apiKey: [] }],
  middleware: [requireRole("app", "carrier")],
  request: {
    ...jsonBody(
          z
            .object({
              senders: z.array(z.string().max(64)).max(MAX_BATCH_ITEMS).default([]),
              domains: z.array(z.string().max(2048)).max(MAX_BATCH_ITEMS).default([]),
              audience: z.enum(AUDIENCES).default("app"),
              maxAgeDays: z.number().int().min(1).max(365).default(90),
            })
            .refine((b) => b.senders.length + b.domains.length <= MAX_BATCH_ITEMS, { message: `At most ${MAX_BATCH_ITEMS} items in all.`, path: ["senders"] })
            .refine((b) => b.senders.length + b.domains.length > 0, { message: "Send at least one sender or domain.", path: ["senders"] })
            .openapi("BatchLookupInput")),
  },
  responses: {
    200: {
      description: "Results in input order",
      content: { "application/json": { schema: z.object({ senders: z.array(ItemResultSchema), domains: z.array(ItemResultSchema) }).openapi("BatchLookupResult") } },
    },
    ...pickErrors(400, 401, 403, 413, 415, 429),
  },
});

/** Range responses are padded to a multiple of this many entries (see README: private lookups). */
export const RANGE_PAD_TO = 16;

const RangeEntrySchema = z.object({ suffix: z.string().length(59), score: z.number().int(), verdict: z.enum(["unknown", "suspicious", "scam", "trusted"]) });

const range = createRoute({
  method: "get",
  path: "/api/v1/senders/range/{prefix}",
  operationId: "lookupSenderRange",
  tags: ["Lookups"],
  summary: "Privacy-preserving lookup by the first 5 hex chars of SHA-256(normalised number)",
  description: `Returns every reported number whose hash starts with the prefix, as the remaining 59 hex chars with score and verdict; the server never learns which number was asked about. Padded with random decoy entries to a multiple of ${RANGE_PAD_TO} so the response size does not reveal how many numbers the range holds.`,
  request: {
    params: z.object({ prefix: z.string().regex(/^[0-9a-fA-F]{5}$/, "Five hex characters.").openapi({ example: "a1b2c" }) }),
    query: z.object({ audience: z.enum(AUDIENCES).default("app") }),
  },
  responses: {
    200: { description: "Range", content: { "application/json": { schema: z.object({ prefix: z.string(), entries: z.array(RangeEntrySchema) }).openapi("RangeResult") } } },
    ...pickErrors(400, 401, 429),
  },
});

function randomHex(length: number): string {
  let out = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)))) out += byte.toString(16).padStart(2, "0");
  return out.slice(0, length);
}

export function registerLookupRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(batch, async (c) => {
    const body = c.req.valid("json");
    const now = Date.now();
    const senders = body.senders.map((input) => ({ input, sender: normaliseSender(input) }));
    const domains = body.domains.map((input) => ({ input, domain: normaliseDomainInput(input)?.domain ?? null }));
    const targets: LookupTarget[] = [
      ...senders.filter((s): s is { input: string; sender: NormalisedSender } => s.sender !== null).map((s) => ({ type: "sender" as const, sender: s.sender })),
      ...domains.filter((d): d is { input: string; domain: string } => d.domain !== null).map((d) => ({ type: "domain" as const, domain: d.domain })),
    ];
    const lang = requestLang(c);
    const views = await withReadSession(c, async (db, useCache) =>
      withOfficialContacts(db, await lookupTargets(db, targets, { now, audience: body.audience, maxAgeDays: body.maxAgeDays, verbose: false, lang }, useCache), now, useCache, lang),
    );
    let next = 0;
    const take = () => views[next++];
    return c.json(
      {
        senders: senders.map((s) =>
          s.sender ? { input: s.input, result: take() } : { input: s.input, error: { code: "invalid_sender" as const, message: "Not a phone number, SMS port or sender name." } },
        ),
        domains: domains.map((d) => (d.domain ? { input: d.input, result: take() } : { input: d.input, error: { code: "invalid_domain" as const, message: "Not a domain." } })),
      },
      200,
    );
  });

  app.openapi(range, async (c) => {
    const prefix = c.req.valid("param").prefix.toLowerCase();
    const { audience } = c.req.valid("query");
    const now = Date.now();
    const { listed, views } = await withReadSession(c, async (db) => {
      const listed = await sendersInHashRange(db, prefix);
      const views = await lookupTargets(
        db,
        listed.map((row) => ({ type: "sender" as const, sender: { input: row.normalized, normalized: row.normalized, kind: row.kind as NormalisedSender["kind"], country: row.country } })),
        { now, audience, maxAgeDays: 90, verbose: false, lang: requestLang(c) },
      );
      return { listed, views };
    });
    const entries = listed.map((row, i) => ({ suffix: row.sha256.slice(5), score: views[i]?.score ?? 0, verdict: views[i]?.verdict ?? "unknown" }));
    const padded = Math.max(RANGE_PAD_TO, Math.ceil(entries.length / RANGE_PAD_TO) * RANGE_PAD_TO);
    while (entries.length < padded) entries.push({ suffix: randomHex(59), score: 0, verdict: "unknown" as const });
    entries.sort((a, b) => (a.suffix < b.suffix ? -1 : 1));
    return c.json({ prefix, entries }, 200);
  });
}
