/**
 * Submitting a report — shared by the JSON/form API and the no-JavaScript HTML form.
 * Order matters: validate and analyse everything first (pure), read state in one round trip,
 * decide (duplicate / cooldown / idempotent replay), then write everything in one statement (the
 * report_intake trigger of src/db/sql/report-intake.sql, sent by src/db/queries/reports.ts). A report whose template's campaign this
 * isolate already knows skips the read: one guarded write that aborts into the careful path when
 * there is anything to decide.
 */
import type { WriteDb } from "../db/session";
import { GroupCommitError } from "../db/group-commit";
import { newId, REPORT_ID_PREFIX, sha256Hex } from "../lib/crypto";
import { reporterPseudonym, type Submitter } from "./reporter";
import { COOLDOWN_MS, MERGE_WINDOW_MS, type PriorReporterState, readReportState, writeReport, type NewReport } from "../db/queries/reports";
import { chooseCampaign, decodeSignature, encodeSignature, fingerprintText } from "../domain/fingerprint";
import { inferCategory, typologyCategoryOf } from "../domain/category";
import { canonicalInstitutionName } from "../domain/institutions";
import { extractLinks } from "../domain/links";
import { normaliseSender } from "../domain/phone";
import { redactText } from "../domain/redact";
import { STRONG_SIGNALS } from "../domain/score";
import { analyseContent } from "../domain/signals";
import { ApiError } from "../lib/errors";
import { forgetCampaign, forgetEvidence } from "./lookup";
import { announceChanges } from "./webhooks";
import { campaignOfTemplate, rememberTemplateCampaign } from "../cache/campaign-cache";
import type { Category, NormalisedSender } from "../domain/types";
import { type ReportCreated, type ReportInput, SENDER_INVALID_MESSAGE } from "../schemas/reports";

export { reporterPseudonym, type Submitter };

/** More links than this in one SMS is noise; the first ones are the evidence. */
const MAX_LINKS_PER_REPORT = 10;

export interface SubmitResult {
  status: 200 | 201;
  body: ReportCreated;
  replayed: boolean;
}

/** Splits the 12321 forwarding form "<sender>*<text>" at the first star. */
export function parseForwarded(forwarded: string): { sender: string; text: string } {
  const star = forwarded.indexOf("*");
  return { sender: forwarded.slice(0, star).trim(), text: forwarded.slice(star + 1) };
}

export async function submitReport(
  env: Env,
  db: WriteDb,
  submitter: Submitter,
  input: ReportInput,
  idempotencyKey: string | undefined,
  /** Runs work after the response (ctx.waitUntil): webhook change detection of a stored report. */
  background?: (work: Promise<unknown>) => void,
): Promise<SubmitResult> {
  const { sender, text, reporter, previousReporter } = await prepareSubmission(env, submitter, input);
  const idempotency = idempotencyKey
    ? { keyHash: await sha256Hex(`${reporter}\n${idempotencyKey}`), requestHash: await sha256Hex(JSON.stringify(input)) }
    : null;
  const outcome = await recordReport(db, { sender, text, reporter, previousReporter, details: input, idempotency, now: Date.now() });
  // The users of an untrusted key share their group's pseudonym (src/services/reporter.ts): another
  // user's report on this sender a moment ago is theirs too, so it is acknowledged, not refused.
  if (outcome.kind === "cooldown" && input.reporterId !== undefined && !submitter.trustedReporter) {
    return { status: 201, body: outcome.duplicateBody, replayed: false };
  }
  if (outcome.kind === "cooldown") throw cooldownError(outcome.retryAfterSeconds);
  if (outcome.kind === "stored" && background) {
    background(announceChanges(env, { senders: [outcome.body.sender.normalized], domains: outcome.body.domains, campaigns: [outcome.body.campaignId] }));
  }
  return { status: 201, body: outcome.body, replayed: outcome.kind === "replayed" };
}

export function cooldownError(retryAfterSeconds: number): ApiError {
  return new ApiError("rate_limited", "You reported this sender a moment ago; one report per sender every 15 minutes is enough.", {
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}

/**
 * The checks of a report before anything is read (the sender, the text, who may name a reporterId)
 * and the reporter's pseudonyms; throws the ApiError the report route answers with.
 * `reporterIdAllowed` is true for bulk uploads, whose rows may name the forwarding key's users.
 */
export async function prepareSubmission(env: Env, submitter: Submitter, input: ReportInput, reporterIdAllowed = false) {
  const { sender: rawSender, text } = input.forwarded !== undefined ? parseForwarded(input.forwarded) : { sender: input.sender ?? "", text: input.text ?? "" };
  if (!text.trim()) throw new ApiError("invalid_body", "The text is empty.", { errors: [{ path: "forwarded", message: "Nothing after the *." }] });
  const sender = normaliseSender(rawSender);
  if (!sender) {
    throw new ApiError("invalid_sender", `"${rawSender.slice(0, 64)}" is not a phone number, SMS port or sender name.`, {
      errors: [{ path: input.forwarded !== undefined ? "forwarded" : "sender", message: SENDER_INVALID_MESSAGE }],
    });
  }
  if (input.reporterId !== undefined && !reporterIdAllowed && submitter.role !== "app" && submitter.role !== "admin") {
    throw new ApiError("forbidden", "reporterId is accepted only with an app key.", { errors: [{ path: "reporterId", message: "Needs an app key." }] });
  }
  const reporter = await reporterPseudonym(env.REPORTER_KEY, submitter, input.reporterId);
  const previousReporter = env.REPORTER_KEY_PREVIOUS ? await reporterPseudonym(env.REPORTER_KEY_PREVIOUS, submitter, input.reporterId) : null;
  return { sender, text, reporter, previousReporter };
}

/**
 * Merge window and cooldown: what a reporter's earlier report on the same sender means for this one.
 * Same text inside 24 h → duplicate (acknowledged, not counted); anything inside 15 minutes → cooldown.
 */
export function priorDecision(prior: PriorReporterState | null, fingerprint: string, now: number): { kind: "duplicate"; reportId: string } | { kind: "cooldown"; retryAfterSeconds: number } | null {
  if (prior && now - prior.lastAt < MERGE_WINDOW_MS && prior.lastFingerprint === fingerprint) return { kind: "duplicate", reportId: prior.lastReportId };
  if (prior && now - prior.lastAt < COOLDOWN_MS) return { kind: "cooldown", retryAfterSeconds: Math.ceil((prior.lastAt + COOLDOWN_MS - now) / 1000) };
  return null;
}

export interface ReportDetails {
  receivedAt?: string | undefined;
  carrier?: string | undefined;
  region?: string | undefined;
  claimedInstitution?: string | undefined;
  category?: ReportCreated["category"] | undefined;
}

export type RecordOutcome =
  | { kind: "stored" | "duplicate" | "replayed"; body: ReportCreated }
  | { kind: "cooldown"; retryAfterSeconds: number; duplicateBody: ReportCreated };

/**
 * Analyse, read state, decide and write one report for an already identified reporter.
 * Used by the API and by the data-loading scripts (which run it on the local D1 file).
 */
export async function recordReport(
  db: WriteDb,
  args: {
    sender: NormalisedSender;
    text: string;
    reporter: string;
    /** Pseudonym under REPORTER_KEY_PREVIOUS while a key rotation is under way (docs/scoring.md). */
    previousReporter?: string | null;
    details: ReportDetails;
    idempotency: { keyHash: string; requestHash: string } | null;
    now: number;
  },
): Promise<RecordOutcome> {
  const { sender, details, idempotency, now } = args;
  const analysis = analyseReportText(args.text, sender.normalized, details.claimedInstitution, details.category ?? undefined);
  const { fingerprint } = analysis;

  // Fast path: the template's campaign is known in this isolate, so nothing needs reading first.
  // One guarded statement; if the reporter reported this sender in the last 24 h (or the
  // Idempotency-Key was used) it aborts, changing nothing, and the careful path below decides.
  const knownCampaign = args.previousReporter ? undefined : campaignOfTemplate(fingerprint.exact);
  if (knownCampaign) {
    const { body, report } = await composeReport(args, analysis, { kind: "existing", id: knownCampaign }, args.reporter);
    try {
      await writeReport(db, { ...report, guarded: true });
      return stored(body, fingerprint.exact, false);
    } catch {
      /* merge window, cooldown or idempotency: decided below after reading */
    }
  }

  const readArgs = { sender: sender.normalized, reporter: args.reporter, previousReporter: args.previousReporter ?? null, fingerprint: fingerprint.exact, bands: fingerprint.bands, idempotencyKeyHash: idempotency?.keyHash ?? null, now };
  const state = await readReportState(db, readArgs);
  // During a key rotation a reporter already known under the previous key keeps that pseudonym,
  // so they are not counted twice inside the merge window.
  const reporter = state.prior?.reporter ?? args.reporter;
  if (state.idempotent && idempotency) return replay(state.idempotent, idempotency.requestHash);

  const picked = pickCampaign(state, fingerprint);
  const campaign: NewReport["campaign"] =
    picked.kind === "new"
      ? { kind: "new", id: picked.id, signature: encodeSignature(fingerprint.signature), bands: fingerprint.bands, sampleText: analysis.redacted.text }
      : { kind: "existing", id: picked.id };
  const { body, report } = await composeReport(args, analysis, campaign, reporter);

  const decision = priorDecision(state.prior, fingerprint.exact, now);
  // Same reporter, same sender, same text inside the merge window: acknowledged, not counted again.
  if (decision?.kind === "duplicate") return { kind: "duplicate", body: { ...body, id: decision.reportId, duplicate: true } };
  if (decision) return { ...decision, duplicateBody: { ...body, id: state.prior?.lastReportId ?? body.id, duplicate: true } };
  try {
    await writeReport(db, report);
  } catch (error) {
    // A concurrent request with the same Idempotency-Key committed first: replay its response.
    if (idempotency && /UNIQUE|constraint/i.test(String(error))) {
      const again = await readReportState(db, { ...readArgs, bands: [] });
      if (again.idempotent) return replay(again.idempotent, idempotency.requestHash);
    }
    if (error instanceof GroupCommitError) {
      throw new ApiError("unavailable", "The report could not be confirmed as stored; send it again with the same Idempotency-Key.", { headers: { "Retry-After": "1" } });
    }
    throw error;
  }
  return stored(body, fingerprint.exact, campaign.kind === "new");
}

export type RecordArgs = Parameters<typeof recordReport>[1];

/** The response body and the rows of a report about to be stored. */
export async function composeReport(
  args: RecordArgs,
  analysis: ReturnType<typeof analyseReportText>,
  campaign: NewReport["campaign"],
  reporter: string,
): Promise<{ body: ReportCreated; report: NewReport }> {
  const { sender, details, idempotency, now } = args;
  const { links, content, redacted, fingerprint, claimedInstitution, category, categoryInferred } = analysis;
  const body: ReportCreated = {
    // Time-ordered by creation (src/lib/crypto.ts): lookups count a domain's last 30 days by id range.
    id: newId(REPORT_ID_PREFIX, 12, now),
    sender,
    domains: [...new Set(links.map((link) => link.domain))],
    fingerprint: fingerprint.exact,
    campaignId: campaign.id,
    claimedInstitution,
    signals: content.signals,
    category,
    categoryInferred,
    callbackNumbers: content.callbackNumbers,
    duplicate: false,
  };
  const report: NewReport = {
    id: body.id,
    sender,
    senderHash: await sha256Hex(sender.normalized),
    text: redacted.text,
    fingerprint: fingerprint.exact,
    reporter,
    receivedAt: details.receivedAt ? Date.parse(details.receivedAt) : null,
    createdAt: now,
    carrier: details.carrier ?? null,
    region: details.region ?? null,
    category,
    categoryInferred,
    claimedInstitution,
    signals: content.signals,
    strongSignal: content.signals.some((signal) => STRONG_SIGNALS.has(signal)),
    callbackNumbers: content.callbackNumbers,
    links,
    campaign,
    idempotency: idempotency ? { ...idempotency, status: 201, body: JSON.stringify(body) } : null,
  };
  return { body, report };
}

/** After a commit: this isolate's caches learn the template's campaign and drop stale lookups. */
export function stored(body: ReportCreated, fingerprint: string, createdCampaign: boolean): RecordOutcome {
  rememberTemplateCampaign(fingerprint, body.campaignId, createdCampaign);
  forgetEvidence([{ type: "sender", value: body.sender.normalized }, ...body.domains.map((value) => ({ type: "domain" as const, value }))]);
  forgetCampaign(body.campaignId);
  return { kind: "stored", body };
}

function replay(stored: { requestHash: string; body: string }, requestHash: string): RecordOutcome {
  if (stored.requestHash !== requestHash) {
    throw new ApiError("conflict", "This Idempotency-Key was already used with a different request body.");
  }
  return { kind: "replayed", body: JSON.parse(stored.body) as ReportCreated };
}

/**
 * Pure analysis of a report's text: links, signals, institution, category, redaction and fingerprint.
 * The reporter's category wins; without one it is inferred from the text (categoryInferred).
 */
export function analyseReportText(text: string, sender: string, claimed: string | undefined, reportedCategory?: Category) {
  const allLinks = extractLinks(text);
  const links = allLinks.slice(0, MAX_LINKS_PER_REPORT);
  const content = analyseContent(text, sender, allLinks);
  const claimedInstitution = claimed ? canonicalInstitutionName(claimed) : (content.institution?.name ?? null);
  // Callback numbers are masked in the text too: they are kept only in their own evidence field.
  const redacted = redactText(text, { sender });
  const fingerprint = fingerprintText(text);
  const category = reportedCategory ?? inferCategory(text, content, typologyCategoryOf(content.typology));
  return { links, content, redacted, fingerprint, claimedInstitution, category, categoryInferred: reportedCategory === undefined };
}

/**
 * A new campaign's id, from the exact fingerprint of the text that opens it: reports of a new
 * template sent at the same moment (each having read "no campaign yet") open one campaign, not
 * one each (migration 0013 lets the later ones join it).
 */
const newCampaignId = (exactFingerprint: string) => `cmp_${exactFingerprint}`;

/** The campaign a new report joins: exact template first, then the nearest LSH candidate, else a new one. */
export function pickCampaign(
  state: Awaited<ReturnType<typeof readReportState>>,
  fingerprint: ReturnType<typeof fingerprintText>,
): { kind: "new" | "existing"; id: string } {
  if (state.exactCampaignId) return { kind: "existing", id: state.exactCampaignId };
  const match = chooseCampaign(
    fingerprint,
    state.candidates.map((row) => ({ id: row.id, signature: decodeSignature(row.signature) })),
  );
  return match ? { kind: "existing", id: match.id } : { kind: "new", id: newCampaignId(fingerprint.exact) };
}
