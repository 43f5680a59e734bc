import { z } from "@hono/zod-openapi";

export const CampaignSchema = z
  .object({
    id: z.string().openapi({ example: "cmp_3f9a1c0e7b2d4a68" }),
    reports: z.number().int(),
    distinctReporters: z.number().int(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    senders: z.array(z.object({ value: z.string(), reports: z.number().int() })),
    senderKinds: z.record(z.string(), z.number().int()),
    domains: z.array(z.object({ value: z.string(), reports: z.number().int() })),
    claimedInstitutions: z.array(z.object({ name: z.string(), count: z.number().int() })),
    sampleText: z.string().nullable().openapi({
      description:
        "A redacted text of the campaign's most common template; null until the campaign has 3 distinct reporters, and once its texts are pruned.",
    }),
  })
  .openapi("Campaign");

export const CampaignMatchSchema = z
  .object({
    id: z.string(),
    reports: z.number().int(),
    distinctReporters: z.number().int(),
    similarity: z.number().min(0).max(1),
  })
  .openapi("CampaignMatch");
