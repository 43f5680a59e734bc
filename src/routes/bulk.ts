/**
 * Bulk report upload: NDJSON or CSV (≤ 10,000 rows, ≤ 5 MiB) → 202 with a job; rows are written
 * through the bulk queue (src/services/bulk.ts). The file is parsed whole before anything is
 * queued: a malformed one is refused with its first bad line.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { withWriteSession } from "../db/session";
import { BULK_MAX_BYTES, BULK_MAX_ROWS, parseBulkFile } from "../domain/bulk-file";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";
import { acceptBulkUpload, bulkJobStatus } from "../services/bulk";

/** The one path whose body may exceed the app-wide body limit (src/app.ts). */
export const BULK_UPLOAD_PATH = "/api/v1/reports/bulk";

const JobSchema = z
  .object({
    jobId: z.string(),
    status: z.enum(["queued", "running", "done"]),
    rows: z.number().int(),
    counts: z.object({ stored: z.number().int(), duplicate: z.number().int(), rejected: z.number().int() }),
    errors: z.array(z.object({ row: z.number().int(), code: z.string(), message: z.string() })),
  })
  .openapi("BulkJob");

const upload = createRoute({
  method: "post",
  path: BULK_UPLOAD_PATH,
  operationId: "uploadReports",
  tags: ["Reports"],
  summary: "Upload many reports (NDJSON or CSV) for asynchronous processing",
  description: `NDJSON (one report object per line) or CSV with a header naming any of sender,text,forwarded,receivedAt,carrier,region,claimedInstitution,category,reporterId. At most ${BULK_MAX_ROWS} rows and 5 MiB. Each row is processed under the rules of POST /reports, exactly once.`,
  security: [{ apiKey: [] }],
  middleware: [requireRole("app", "carrier", "regulator")],
  request: {
    body: {
      content: {
        "application/x-ndjson": { schema: z.string().openapi({ example: '{"sender":"10690000123","text":"【中信金融】您已逾期…"}' }) },
        "text/csv": { schema: z.string().openapi({ example: "sender,text\r\n10690000123,【中信金融】您已逾期…\r\n" }) },
      },
    },
  },
  responses: {
    202: {
      description: "Accepted: the rows are queued",
      content: { "application/json": { schema: z.object({ jobId: z.string(), rows: z.number().int() }).openapi("BulkAccepted") } },
    },
    ...pickErrors(400, 401, 403, 413, 415, 429, 503),
  },
});

const status = createRoute({
  method: "get",
  path: `${BULK_UPLOAD_PATH}/{jobId}`,
  operationId: "getBulkJob",
  tags: ["Reports"],
  summary: "Progress, counts and per-row errors of a bulk upload (same key only)",
  security: [{ apiKey: [] }],
  middleware: [requireRole("app", "carrier", "regulator")],
  request: { params: z.object({ jobId: z.string().min(1).max(64) }) },
  responses: {
    200: { description: "The job", content: { "application/json": { schema: JobSchema } } },
    ...pickErrors(401, 403, 404, 429),
  },
});

function uploadFormat(contentType: string): "ndjson" | "csv" {
  const [type = "", ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length).replaceAll('"', "");
  if (charset && charset !== "utf-8" && charset !== "utf8") throw new ApiError("unsupported_media_type", "Send UTF-8.");
  if (type === "application/x-ndjson" || type === "application/ndjson" || type === "application/jsonl") return "ndjson";
  if (type === "text/csv") return "csv";
  throw new ApiError("unsupported_media_type", "Send application/x-ndjson or text/csv.");
}

const tooLarge = () => new ApiError("payload_too_large", `An upload holds at most ${BULK_MAX_ROWS} rows and ${BULK_MAX_BYTES} bytes.`);

/** The body as UTF-8 text, refused past the byte limit without reading further. */
async function readLimited(c: Context<AppEnv>): Promise<string> {
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > BULK_MAX_BYTES) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BULK_MAX_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError("invalid_body", "The upload is not valid UTF-8.");
  }
}

export function registerBulkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(upload, async (c) => {
    const format = uploadFormat(c.req.header("content-type") ?? "");
    const parsed = parseBulkFile(await readLimited(c), format);
    if (!parsed.ok && parsed.reason === "too_many_rows") throw tooLarge();
    if (!parsed.ok) throw new ApiError("invalid_body", `The file cannot be parsed at line ${parsed.line}: ${parsed.message} Nothing was queued.`, { errors: [{ path: `line ${parsed.line}`, message: parsed.message }] });
    if (parsed.rows.length === 0) throw new ApiError("invalid_body", "The upload holds no rows.", { errors: [{ path: "line 1", message: "No rows." }] });
    const principal = c.get("principal");
    const job = await withWriteSession(c, (db) => acceptBulkUpload(c.env, db, { role: principal.role, keyId: principal.keyId ?? "admin-token", trustedReporter: principal.trustedReporter === true }, parsed.rows));
    return c.json(job, 202, { Location: `${BULK_UPLOAD_PATH}/${job.jobId}` });
  });

  app.openapi(status, async (c) => {
    const { jobId } = c.req.valid("param");
    const keyId = c.get("principal").keyId ?? "admin-token";
    // Read from the primary: a client polling right after its upload must see its job.
    const job = await bulkJobStatus(c.env.DB, jobId, keyId);
    if (!job) throw new ApiError("not_found", "No bulk upload with this id for this key.");
    return c.json(job, 200);
  });
}
