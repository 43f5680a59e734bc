import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { readCampaign } from "../db/queries/campaigns";
import { ApiError } from "../lib/errors";
import { CampaignSchema } from "../schemas/campaigns";
import { pickErrors } from "../schemas/common";

const route = createRoute({
  method: "get",
  path: "/api/v1/campaigns/{id}",
  operationId: "getCampaign",
  tags: ["Campaigns"],
  summary: "One message template followed across senders and links",
  request: { params: z.object({ id: z.string().min(1).max(64).openapi({ example: "cmp_3f9a1c0e7b2d4a68" }) }) },
  responses: {
    200: { description: "Campaign", content: { "application/json": { schema: CampaignSchema } } },
    ...pickErrors(401, 404, 429),
  },
});

export function registerCampaignRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const campaign = await withReadSession(c, (db) => readCampaign(db, id));
    if (!campaign) throw new ApiError("not_found", `No campaign ${id}.`);
    const facet = (name: string) => campaign.facets.filter((f) => f.facet === name);
    return c.json(
      {
        id: campaign.id,
        reports: campaign.reportCount,
        distinctReporters: campaign.reporterCount,
        firstSeen: new Date(campaign.firstSeen).toISOString(),
        lastSeen: new Date(campaign.lastSeen).toISOString(),
        senders: facet("sender").slice(0, 100).map((f) => ({ value: f.value, reports: f.count })),
        senderKinds: Object.fromEntries(facet("sender_kind").map((f) => [f.value, f.count])),
        domains: facet("domain").slice(0, 100).map((f) => ({ value: f.value, reports: f.count })),
        claimedInstitutions: facet("institution").map((f) => ({ name: f.value, count: f.count })),
        sampleText: campaign.sampleText,
      },
      200,
    );
  });
}
