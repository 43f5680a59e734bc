/**
 * Incremental feeds of senders and domains for apps, carriers and regulators. The cursor is the
 * global change sequence, bumped inside every write transaction: a client that keeps calling with
 * the returned `next` cursor sees every change once, in order, and never misses one.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../context";
import { csvDocument } from "../csv";
import { changedTargets, latestChange } from "../db/queries/feeds";
import { withReadSession } from "../db/session";
import { AUDIENCES } from "../domain/score";
import type { SenderKind } from "../domain/types";
import { lookupTargets } from "../lookup";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";

/**
 * Rows per page. Scoring a page reads one statement per 45 targets; 1,000 rows keep a page at
 * 24 D1 queries, inside the free plan's 50 per invocation. Clients follow `next` for more.
 */
export const FEED_PAGE_MAX = 1000;

const FeedEntrySchema = z
  .object({
    value: z.string(),
    kind: z.string().nullable(),
    score: z.number().int(),
    verdict: z.enum(["unknown", "suspicious", "scam", "trusted"]),
    reports: z.number().int(),
    distinctReporters: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    changeSeq: z.number().int(),
  })
  .openapi("FeedEntry");

const feedRoute = (type: "senders" | "domains") =>
  createRoute({
    method: "get",
    path: `/api/v1/feeds/${type}`,
    operationId: type === "senders" ? "feedSenders" : "feedDomains",
    tags: ["Feeds"],
    summary: `Incremental feed of ${type} (changes after a cursor)`,
    security: [{ apiKey: [] }],
    middleware: [requireRole("app", "carrier", "regulator")],
    request: {
      query: z.object({
        since: z.coerce.number().int().min(0).default(0).openapi({ description: "Cursor from the previous page's `next` (0 for everything)." }),
        minScore: z.coerce.number().int().min(0).max(100).default(0),
        limit: z.coerce.number().int().min(1).max(FEED_PAGE_MAX).default(FEED_PAGE_MAX),
        audience: z.enum(AUDIENCES).default("app"),
        format: z.enum(["json", "csv"]).default("json"),
      }),
      headers: z.object({ "if-none-match": z.string().optional() }),
    },
    responses: {
      200: {
        description: "A page of changes; `next` is the cursor for the following call",
        content: {
          "application/json": { schema: z.object({ entries: z.array(FeedEntrySchema), next: z.number().int(), hasMore: z.boolean() }) },
          "text/csv": { schema: z.string() },
        },
      },
      304: { description: "Nothing changed since this ETag" },
      ...pickErrors(400, 401, 403, 429),
    },
  });

export function registerFeedRoutes(app: OpenAPIHono<AppEnv>) {
  for (const type of ["senders", "domains"] as const) {
    app.openapi(feedRoute(type), async (c) => {
      const query = c.req.valid("query");
      return withReadSession(c, async (db) => {
        const latest = await latestChange(db);
        // The page is determined by (cursor, latest change, filters): same inputs, same bytes.
        const etag = `W/"${type}-${query.since}-${latest}-${query.minScore}-${query.limit}-${query.audience}-${query.format}"`;
        if (c.req.valid("header")["if-none-match"] === etag) return c.body(null, 304, { ETag: etag });

        const rows = await changedTargets(db, type === "senders" ? "sender" : "domain", query.since, query.limit);
        const now = Date.now();
        const views = await lookupTargets(
          db,
          rows.map((row) =>
            type === "senders"
              ? { type: "sender" as const, sender: { input: row.value, normalized: row.value, kind: (row.kind ?? "mobile") as SenderKind, country: row.country } }
              : { type: "domain" as const, domain: row.value },
          ),
          { now, audience: query.audience, maxAgeDays: 90, verbose: false },
        );
        const entries = rows
          .map((row, i) => {
            const view = views[i]!;
            return {
              value: row.value,
              kind: row.kind,
              score: view.score,
              verdict: view.verdict,
              reports: view.reports.total,
              distinctReporters: view.reports.distinctReporters,
              firstSeen: view.firstSeen,
              lastSeen: view.lastSeen,
              changeSeq: row.changeSeq,
            };
          })
          .filter((entry) => entry.score >= query.minScore);
        const next = rows.at(-1)?.changeSeq ?? query.since;
        const hasMore = rows.length === query.limit;
        c.header("ETag", etag);
        c.header("X-Next-Cursor", String(next));
        if (query.format === "csv") {
          const header = ["value", "kind", "score", "verdict", "reports", "distinctReporters", "firstSeen", "lastSeen", "changeSeq"];
          const body = csvDocument(header, entries.map((e) => header.map((key) => e[key as keyof typeof e])));
          return c.body(body, 200, {
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": `attachment; filename="${type}-feed-${query.since}-${next}.csv"`,
          });
        }
        return c.json({ entries, next, hasMore }, 200);
      });
    });
  }
}
