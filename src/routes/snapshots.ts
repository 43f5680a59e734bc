/**
 * Snapshots: the latest complete list of senders or domains, served from R2 (never a D1 scan) as a
 * gzip-compressed CSV attachment (`.csv.gz`, Content-Type text/csv, no Content-Encoding: the bytes
 * are the gzip file), with ETag/304 and X-Feed-Cursor — the feed position the list was built at.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";
import { SNAPSHOT_THRESHOLDS, SNAPSHOT_TYPES, snapshotKey } from "../services/snapshots";

const route = createRoute({
  method: "get",
  path: "/api/v1/snapshots/{type}",
  operationId: "getSnapshot",
  tags: ["Feeds"],
  summary: "Download the complete list of senders or domains (gzip CSV), then follow the feed from X-Feed-Cursor",
  description:
    "Columns value,kind,score,verdict,reports,distinctReporters,lastSeen (app audience, 90 days). Rebuilt by the Cron Trigger when anything changed. Etiquette: download at most daily, then poll /feeds/{type}?since=<X-Feed-Cursor> at most every 5 minutes.",
  security: [{ apiKey: [] }],
  middleware: [requireRole("app", "carrier", "regulator")],
  request: {
    params: z.object({ type: z.enum(SNAPSHOT_TYPES) }),
    query: z.object({
      minScore: z.coerce
        .number()
        .int()
        .refine((value) => (SNAPSHOT_THRESHOLDS as readonly number[]).includes(value), `One of ${SNAPSHOT_THRESHOLDS.join(", ")}.`)
        .default(0),
    }),
    headers: z.object({ "if-none-match": z.string().optional() }),
  },
  responses: {
    200: { description: "The list as a .csv.gz attachment", content: { "text/csv": { schema: z.string().openapi({ format: "binary" }) } } },
    304: { description: "Unchanged since this ETag" },
    ...pickErrors(400, 401, 403, 404, 429, 503),
  },
});

/** The etag inside an If-None-Match value ("abc", W/"abc" or *). */
const etagOf = (header: string | undefined) => header?.trim().replace(/^W\//, "").replaceAll('"', "");

export function registerSnapshotRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { type } = c.req.valid("param");
    const { minScore } = c.req.valid("query");
    const wanted = etagOf(c.req.valid("header")["if-none-match"]);
    const object = await c.env.DATA_BUCKET.get(snapshotKey(type, minScore), wanted && wanted !== "*" ? { onlyIf: { etagDoesNotMatch: wanted } } : {});
    if (!object) throw new ApiError("unavailable", "No snapshot has been built yet; the next Cron Trigger run builds it. Use the feed meanwhile.", { headers: { "Retry-After": "600" } });
    const cursor = object.customMetadata?.cursor ?? "0";
    const headers = { ETag: object.httpEtag, "X-Feed-Cursor": cursor, "Cache-Control": "private, max-age=300" };
    if (!("body" in object)) return c.body(null, 304, headers);
    if (wanted === "*") {
      await object.body.cancel();
      return c.body(null, 304, headers);
    }
    return c.body(object.body, 200, {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Length": String(object.size),
      "Content-Disposition": `attachment; filename="${type}-min${minScore}-${cursor}.csv.gz"`,
      "Last-Modified": object.uploaded.toUTCString(),
    });
  });
}
