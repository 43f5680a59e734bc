/**
 * Incremental feeds of senders and domains for apps, carriers and regulators. The cursor is the
 * global change sequence, bumped inside every write transaction: a client that keeps calling with
 * the returned `next` cursor sees every change once, in order, and never misses one. A target
 * that changes again while a page streams moves past the page's end and arrives on the next page.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { CSV_BOM, csvLine } from "../lib/csv";
import { changedTargetsUpTo, pageBoundary } from "../db/queries/feeds";
import { withReadSession } from "../db/session";
import { AUDIENCES } from "../domain/score";
import type { SenderKind } from "../domain/types";
import { lookupTargets } from "../services/lookup";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";

/**
 * Rows per page. A page streams: its bounds are fixed by one statement, then it is read and
 * written out FEED_CHUNK rows at a time (1 statement for the rows + 1 per 45 targets scored), so
 * memory stays flat however large the page. D1 allows 50 queries per invocation on the free plan
 * (1,000 paid; set D1_QUERY_BUDGET): a page holds as many chunks as that budget allows, and
 * `hasMore` / `next` tell the client to continue.
 */
export const FEED_PAGE_MAX = 10_000;
export const FEED_CHUNK = 450;
const QUERIES_PER_CHUNK = 1 + Math.ceil(FEED_CHUNK / 45);
const DEFAULT_QUERY_BUDGET = 50;

/** Rows a page may hold within the invocation's query budget (one query fixes the bounds). */
export function feedRowsWithinBudget(budget: number): number {
  return Math.max(1, Math.floor((budget - 1) / QUERIES_PER_CHUNK)) * FEED_CHUNK;
}

const CSV_COLUMNS = ["value", "kind", "score", "verdict", "reports", "distinctReporters", "firstSeen", "lastSeen", "changeSeq"] as const;

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

type FeedEntry = z.infer<typeof FeedEntrySchema>;

export function registerFeedRoutes(app: OpenAPIHono<AppEnv>) {
  for (const type of ["senders", "domains"] as const) {
    const target = type === "senders" ? "sender" : "domain";
    app.openapi(feedRoute(type), async (c) => {
      const query = c.req.valid("query");
      const budget = Number(c.env.D1_QUERY_BUDGET ?? DEFAULT_QUERY_BUDGET) || DEFAULT_QUERY_BUDGET;
      const limit = Math.min(query.limit, feedRowsWithinBudget(budget));
      return withReadSession(c, async (db) => {
        const { latest, next, hasMore } = await pageBoundary(db, target, query.since, limit);
        // The page is determined by (cursor, latest change, filters): same inputs, same bytes.
        const etag = `W/"${type}-${query.since}-${latest}-${query.minScore}-${limit}-${query.audience}-${query.format}"`;
        if (c.req.valid("header")["if-none-match"] === etag) return c.body(null, 304, { ETag: etag });

        const now = Date.now();
        let after = query.since;
        let finished = next <= query.since;
        /** The next chunk of the page, scored and filtered; null when the page is complete. */
        const readChunk = async (): Promise<FeedEntry[] | null> => {
          if (finished) return null;
          const rows = await changedTargetsUpTo(db, target, after, next, FEED_CHUNK);
          if (rows.length < FEED_CHUNK) finished = true;
          if (rows.length === 0) return null;
          after = rows.at(-1)!.changeSeq;
          if (after >= next) finished = true;
          const views = await lookupTargets(
            db,
            rows.map((row) =>
              target === "sender"
                ? { type: "sender" as const, sender: { input: row.value, normalized: row.value, kind: (row.kind ?? "mobile") as SenderKind, country: row.country } }
                : { type: "domain" as const, domain: row.value },
            ),
            { now, audience: query.audience, maxAgeDays: 90, verbose: false },
          );
          return rows
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
        };

        const csv = query.format === "csv";
        // Domains are free text in CSV terms (neutralised against formulas); sender values are validated E.164 numbers or names, written as they are.
        const freeText = CSV_COLUMNS.map((column) => column === "value" && type === "domains");
        let first = true;
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(csv ? CSV_BOM + csvLine([...CSV_COLUMNS]) : `{"next":${next},"hasMore":${hasMore},"entries":[`));
          },
          // One chunk per pull: the client's reading paces the D1 reads. A failure mid-page cuts the
          // stream (the JSON stays unterminated), so a client never mistakes a partial page for a whole one.
          async pull(controller) {
            const entries = await readChunk();
            if (entries === null) {
              if (!csv) controller.enqueue(encoder.encode("]}"));
              controller.close();
              return;
            }
            let text = "";
            for (const entry of entries) {
              if (csv) text += csvLine(CSV_COLUMNS.map((key) => entry[key]), freeText);
              else {
                text += (first ? "" : ",") + JSON.stringify(entry);
                first = false;
              }
            }
            if (text) controller.enqueue(encoder.encode(text));
          },
        });
        const headers: Record<string, string> = { ETag: etag, "X-Next-Cursor": String(next), "X-Has-More": String(hasMore) };
        if (csv) {
          headers["Content-Type"] = "text/csv; charset=utf-8";
          headers["Content-Disposition"] = `attachment; filename="${type}-feed-${query.since}-${next}.csv"`;
        } else {
          headers["Content-Type"] = "application/json";
        }
        return c.body(body, 200, headers);
      });
    });
  }
}
