import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { type CampaignRecord, readCampaign } from "../db/queries/campaigns";
import { redactText } from "../domain/redact";
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

/** Distinct reporters a campaign needs before any of its texts is shown: one person's message is not published. */
export const SAMPLE_MIN_REPORTERS = 3;

/** The campaign's public sample, redacted again as it is shown (texts stored before a redaction rule existed get it too). */
function publicSample(campaign: CampaignRecord): string | null {
  if (campaign.reporterCount < SAMPLE_MIN_REPORTERS || !campaign.commonSample) return null;
  return redactText(campaign.commonSample.text, { sender: campaign.commonSample.sender }).text;
}

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
        sampleText: publicSample(campaign),
      },
      200,
    );
  });
}
