import { z } from "@hono/zod-openapi";
import { normaliseSender } from "../domain/phone";
import { CARRIERS, CATEGORIES } from "../domain/types";
import type { FieldIssue } from "../lib/errors";
import { CategorySchema, NormalisedSenderSchema, SignalSchema } from "./common";

export const MAX_TEXT_CHARS = 2000;

/** HTML forms send "" for untouched optional fields; treat that as absent. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const characters = (value: string) => [...value].length;

export const ReportInputSchema = z
  .object({
    sender: optional(z.string().trim().min(1).max(64)).openapi({ description: "Who sent the SMS, as shown on the phone.", example: "1069 0000 1234" }),
    text: optional(
      z
        .string()
        .refine((value) => value.trim().length > 0, "Text must not be empty.")
        .refine((value) => characters(value) <= MAX_TEXT_CHARS, `Text is limited to ${MAX_TEXT_CHARS} characters.`),
    ).openapi({ description: `The full SMS text (≤ ${MAX_TEXT_CHARS} characters).`, example: "【中信金融】您的账户已逾期，请点击 http://xx-example.top/abc 处理，否则将起诉。" }),
    forwarded: optional(
      z.string().max(MAX_TEXT_CHARS + 80).refine((value) => value.includes("*"), 'Use the 12321 forwarding form "<sender>*<text>".'),
    ).openapi({ description: '12321-style forwarding form "<sender>*<text>", instead of sender and text.', example: "10690000123*【中信金融】您已逾期…" }),
    receivedAt: optional(z.iso.datetime({ offset: true })).openapi({ example: "2026-11-20T08:15:00Z" }),
    carrier: optional(z.enum(CARRIERS)),
    region: optional(z.string().regex(/^\d{2}(\d{2}){0,2}$/, "Use a GB/T 2260 division code such as 44 or 4403.")).openapi({
      description: "Province (or city) of the recipient, GB/T 2260 code.",
      example: "44",
    }),
    claimedInstitution: optional(z.string().trim().min(1).max(40)).openapi({ example: "中信金融" }),
    category: optional(z.enum(CATEGORIES)),
    reporterId: optional(z.string().trim().min(1).max(128)).openapi({
      description: "app keys only: an opaque id of the app's user, so each user counts as a distinct reporter.",
    }),
  })
  .superRefine((value, ctx) => {
    if (value.forwarded !== undefined) {
      if (value.sender !== undefined || value.text !== undefined) {
        ctx.addIssue({ code: "custom", path: ["forwarded"], message: "Send either forwarded or sender and text, not both." });
      }
      return;
    }
    if (value.sender === undefined) ctx.addIssue({ code: "custom", path: ["sender"], message: "Required (or use forwarded)." });
    if (value.text === undefined) ctx.addIssue({ code: "custom", path: ["text"], message: "Required (or use forwarded)." });
  })
  .openapi("ReportInput");

export type ReportInput = z.infer<typeof ReportInputSchema>;

/** The field message of a sender that is no phone number, port or name (pages key their text on it). */
export const SENDER_INVALID_MESSAGE = "Not a phone number, SMS port or sender name.";

/**
 * The sender's own check, for a body the schema already rejected: added to the schema's issues so
 * a form shows every field's error in one round (an invalid sender alone is 422 invalid_sender).
 */
export function senderIssues(candidate: unknown): FieldIssue[] {
  const sender = (candidate as { sender?: unknown } | null)?.sender;
  if (typeof sender !== "string" || !sender.trim() || sender.length > 64) return [];
  return normaliseSender(sender) ? [] : [{ path: "sender", message: SENDER_INVALID_MESSAGE }];
}

export const ReportCreatedSchema = z
  .object({
    id: z.string().openapi({ example: "rep_0mhx2k3l9a1b2c3d4e5f6" }),
    sender: NormalisedSenderSchema,
    domains: z.array(z.string()).openapi({ example: ["xx-example.top"] }),
    fingerprint: z.string(),
    campaignId: z.string(),
    claimedInstitution: z.string().nullable(),
    signals: z.array(SignalSchema),
    category: CategorySchema.nullable().openapi({ description: "The reporter's category or, when they gave none, the one inferred from the text (categoryInferred). Never null for new reports." }),
    categoryInferred: z.boolean().openapi({ description: "true when the reporter gave no category and `category` was inferred from the text (docs/scoring.md)." }),
    callbackNumbers: z.array(z.string()),
    duplicate: z.boolean().openapi({ description: "true when the same reporter already sent this text on this sender in the last 24 h (nothing new stored)." }),
  })
  .openapi("ReportCreated");

export type ReportCreated = z.infer<typeof ReportCreatedSchema>;

/** The 201 body: the report plus its withdrawal receipt (never stored, derived from the id with a server key). */
export const ReportReceiptSchema = ReportCreatedSchema.extend({
  receipt: z.string().openapi({
    description: "Shown once: send it as `X-Report-Receipt` to `DELETE /api/v1/reports/{id}` to withdraw this report.",
    example: "rcp_3f9a0c…",
  }),
}).openapi("ReportCreatedWithReceipt");
