import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../context";
import { newId, sha256Hex } from "../crypto";
import { insertKey, revokeKey } from "../db/queries/keys";
import { ApiError } from "../errors";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";

const KEY_ROLES = ["app", "carrier", "regulator", "admin"] as const;

const createKey = createRoute({
  method: "post",
  path: "/api/v1/admin/keys",
  operationId: "createApiKey",
  tags: ["Admin"],
  summary: "Create an API key (shown once)",
  security: [{ apiKey: [] }],
  middleware: [requireRole("admin")] as const,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(KEY_ROLES) }).openapi("CreateKeyInput"),
        },
      },
    },
  },
  responses: {
    201: {
      description: "The key; store it now, it is never shown again",
      content: {
        "application/json": {
          schema: z.object({ id: z.string(), key: z.string(), prefix: z.string(), name: z.string(), role: z.enum(KEY_ROLES) }).openapi("CreatedKey"),
        },
      },
    },
    ...pickErrors(400, 401, 403, 415),
  },
});

const deleteKey = createRoute({
  method: "delete",
  path: "/api/v1/admin/keys/{id}",
  operationId: "revokeApiKey",
  tags: ["Admin"],
  summary: "Revoke an API key at once",
  security: [{ apiKey: [] }],
  middleware: [requireRole("admin")] as const,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 204: { description: "Revoked" }, ...pickErrors(401, 403, 404) },
});

const KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

function randomSecret(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = "";
  for (const byte of bytes) out += KEY_ALPHABET[byte % KEY_ALPHABET.length];
  return out;
}

export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createKey, async (c) => {
    const { name, role } = c.req.valid("json");
    const key = `fz_${role}_${randomSecret(32)}`;
    const id = newId("key", 8);
    const prefix = key.slice(0, role.length + 8);
    await insertKey(c.env.DB, { id, prefix, hash: await sha256Hex(key), name, role, createdAt: Date.now() });
    return c.json({ id, key, prefix, name, role }, 201);
  });
  app.openapi(deleteKey, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await revokeKey(c.env.DB, id, Date.now()))) throw new ApiError("not_found", `No live key ${id}.`);
    return c.body(null, 204);
  });
}
