/** "This is a genuine sender / site": POST /api/v1/votes and its withdrawal (docs/scoring.md, "Votes"). */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { withWriteSession } from "../db/session";
import type { AppEnv } from "../lib/context";
import { jsonBody, pickErrors } from "../schemas/common";
import { castVote, withdrawVote } from "../services/counter-evidence";
import { AppealTargetSchema, normaliseTarget } from "./appeals";
import { backgroundOf, submitterOf } from "./reports";

const createVote = createRoute({
  method: "post",
  path: "/api/v1/votes",
  operationId: "createVote",
  tags: ["Votes"],
  summary: "Say a sender or site is genuine",
  description:
    "Counter-evidence from the public or an app's users (`reporterId`, app keys), counted like reporters: one per network (IPv4 /24, IPv6 /64), an untrusted key's users as at most two, one vote per target every 15 minutes. Votes lower the score by at most half (docs/scoring.md); lookups show them as `votes`.",
  request: jsonBody(
    z
      .object({
        target: AppealTargetSchema,
        vote: z.literal("legit"),
        comment: z.string().trim().max(500).optional().openapi({ description: "Why you believe it is genuine (personal data is redacted)." }),
        reporterId: z.string().trim().min(1).max(128).optional().openapi({ description: "App keys: an opaque id of the app's user." }),
      })
      .openapi("VoteInput"),
  ),
  responses: {
    201: {
      description: "Recorded",
      content: {
        "application/json": {
          schema: z
            .object({ id: z.string(), receipt: z.string().openapi({ description: "Shown once: send it as `X-Report-Receipt` to withdraw the vote." }) })
            .openapi("VoteCreated"),
        },
      },
    },
    ...pickErrors(400, 401, 403, 415, 422, 429),
  },
});

const deleteVote = createRoute({
  method: "delete",
  path: "/api/v1/votes/{id}",
  operationId: "withdrawVote",
  tags: ["Votes"],
  summary: "Withdraw a vote with its receipt",
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    headers: z.object({ "x-report-receipt": z.string().max(200).optional() }),
  },
  responses: { 204: { description: "Withdrawn" }, ...pickErrors(403, 404) },
});

export function registerVoteRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createVote, async (c) => {
    const body = c.req.valid("json");
    const target = normaliseTarget(body.target);
    const created = await withWriteSession(c, (db) => castVote(c.env, db, submitterOf(c), { target, comment: body.comment, reporterId: body.reporterId }, Date.now(), backgroundOf(c)));
    return c.json(created, 201);
  });

  app.openapi(deleteVote, async (c) => {
    const { id } = c.req.valid("param");
    await withWriteSession(c, (db) => withdrawVote(c.env, db, id, c.req.valid("header")["x-report-receipt"], backgroundOf(c)));
    return c.body(null, 204);
  });
}
