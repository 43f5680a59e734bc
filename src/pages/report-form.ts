/**
 * The report form and the result page (no-JavaScript path). public/app.js renders the same
 * result markup inline from the JSON API, using the dictionary embedded by `clientMessages`;
 * keep the two in step (class names, order of facts, reason wording rules).
 */
import type { ReputationView } from "../domain/reputation";
import { CARRIERS, CATEGORIES } from "../domain/types";
import type { ReportCreated } from "../schemas/reports";
import { MAX_TEXT_CHARS, SENDER_INVALID_MESSAGE } from "../schemas/reports";
import type { Advice } from "../domain/advice";
import type { OfficialContact } from "../domain/official";
import { checkFirstHint, renderAdvice, renderContacts } from "./check-page";
import { checkTranslator } from "./check-i18n";
import { DICTIONARIES, labelFor, REGION_CODES, translator, type Lang, type MessageKey, type Translate } from "./i18n";
import { html, jsonScript, langHref, layout, raw, type SafeHtml } from "./layout";

/** The form's user-editable fields, in display order. */
export const FORM_FIELDS = ["sender", "text", "receivedAt", "carrier", "region", "category", "claimedInstitution"] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string>>;

/** Region codes 71/81/82 go in their own option group after the 31 provinces. */
const OTHER_REGIONS = new Set(["71", "81", "82"]);

export interface FormState {
  values?: FormValues;
  /** Translated message per field. */
  fieldErrors?: Partial<Record<FormField, string>>;
  /** Translated message for the whole form (shown first, role=alert). */
  formError?: string | null;
  /** One-time token sent back as the Idempotency-Key, so a double submit is replayed, not rejected. */
  idempotencyToken: string;
  /** Cloudflare Turnstile site key; the widget is rendered only when set. */
  turnstileSiteKey?: string | null;
}

export function isFormField(path: string): path is FormField {
  return (FORM_FIELDS as readonly string[]).includes(path);
}

/** Dictionary key of the message shown next to a field for an API error (app.js: same rule). */
export function fieldErrorKey(path: string, code: string, message = ""): MessageKey {
  if (path === "sender" && (code === "invalid_sender" || message === SENDER_INVALID_MESSAGE)) return "err_field_sender_invalid";
  const key = `err_field_${path}`;
  return key in DICTIONARIES["zh-CN"] ? (key as MessageKey) : "err_field_other";
}

/** Dictionary key of the message above the form for an API error code (app.js: same rule). */
export function formErrorKey(code: string, hasFieldErrors: boolean): MessageKey {
  if (hasFieldErrors) return "form_has_errors";
  const key = `err_${code}`;
  return key in DICTIONARIES["zh-CN"] ? (key as MessageKey) : "err_generic";
}

/** Data for public/app.js: the page language, its whole dictionary and the check page's words it shares. */
export function clientMessages(lang: Lang): SafeHtml {
  const c = checkTranslator(lang);
  const shared = { check_what_to_do: c("check_what_to_do"), check_official_contacts: c("check_official_contacts"), contact_number: c("contact_number"), contact_domain: c("contact_domain") };
  return jsonScript("i18n", { lang, maxTextChars: MAX_TEXT_CHARS, messages: { ...DICTIONARIES[lang], ...shared } });
}

/** What the reader should do next and whom to call, shown above a result's technical ids. */
export interface NextSteps {
  advice: Advice[];
  officialContacts: OfficialContact[];
}

function fieldErrorId(field: FormField) {
  return `${field}-error`;
}

/** aria-describedby, aria-invalid and the (always present, maybe empty) error paragraph. */
function errorParts(field: FormField, state: FormState, hintId: string | null) {
  const message = state.fieldErrors?.[field];
  const describedBy = [hintId, fieldErrorId(field)].filter(Boolean).join(" ");
  const attrs = message ? raw(` aria-describedby="${describedBy}" aria-invalid="true"`) : raw(` aria-describedby="${describedBy}"`);
  const paragraph = html`<p class="field-error" id="${fieldErrorId(field)}" data-error-for="${field}"${message ? "" : raw(" hidden")}>${message ?? ""}</p>`;
  return { attrs, paragraph };
}

function selectField(
  field: FormField,
  t: Translate,
  label: string,
  options: SafeHtml[],
  state: FormState,
  hint?: string,
): SafeHtml {
  const { attrs, paragraph } = errorParts(field, state, hint ? `${field}-hint` : null);
  return html`<div class="field">
<label for="${field}">${label} <span class="optional">(${t("optional")})</span></label>
${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>
` : ""}<select id="${field}" name="${field}"${attrs}>
<option value="">${t("select_none")}</option>
${options}
</select>
${paragraph}
</div>`;
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return value === selected ? html`<option value="${value}" selected>${label}</option>` : html`<option value="${value}">${label}</option>`;
}

export function renderFormBody(lang: Lang, state: FormState): SafeHtml {
  const t = translator(lang);
  const v = state.values ?? {};
  const sender = errorParts("sender", state, "sender-hint");
  const text = errorParts("text", state, "text-hint");
  const receivedAt = errorParts("receivedAt", state, "receivedAt-hint");
  const claimed = errorParts("claimedInstitution", state, "claimedInstitution-hint");

  const carriers = CARRIERS.map((c) => option(c, labelFor(lang, "carrier_", c), v.carrier));
  const provinces = REGION_CODES.filter((code) => !OTHER_REGIONS.has(code)).map((code) => option(code, labelFor(lang, "region_", code), v.region));
  const others = REGION_CODES.filter((code) => OTHER_REGIONS.has(code)).map((code) => option(code, labelFor(lang, "region_", code), v.region));
  const regions = [...provinces, html`<optgroup label="${t("region_group_other")}">${others}</optgroup>`];
  // "Other" last in the list, though v1 clients know it among the first five.
  const categories = [...CATEGORIES.filter((c) => c !== "other"), "other" as const].map((c) => option(c, labelFor(lang, "category_", c), v.category));

  const turnstile = state.turnstileSiteKey
    ? html`<div class="cf-turnstile" data-sitekey="${state.turnstileSiteKey}" data-language="${lang.toLowerCase()}"></div>`
    : "";

  return html`<h1>${t("form_title")}</h1>
<p class="intro">${t("form_intro")}</p>
${checkFirstHint(lang)}
<div class="columns">
<div class="primary">
<div id="result" class="result-slot" aria-live="polite"></div>
<form id="report-form" class="report-form" method="post" action="/report" accept-charset="utf-8">
<div id="form-error" class="alert" role="alert" tabindex="-1"${state.formError ? raw(" autofocus") : raw(" hidden")}>${state.formError ?? ""}</div>
<input type="hidden" name="lang" value="${lang}">
<input type="hidden" name="idempotencyToken" value="${state.idempotencyToken}">
<div class="field">
<label for="sender">${t("field_sender")} <span class="required">(${t("required")})</span></label>
<p class="hint" id="sender-hint">${t("field_sender_hint")}</p>
<input id="sender" name="sender" type="text" required maxlength="64" autocomplete="off" spellcheck="false" value="${v.sender ?? ""}"${sender.attrs}>
${sender.paragraph}
</div>
<div class="field">
<label for="text">${t("field_text")} <span class="required">(${t("required")})</span></label>
<p class="hint" id="text-hint">${t("field_text_hint", { max: MAX_TEXT_CHARS })}</p>
<textarea id="text" name="text" required maxlength="${MAX_TEXT_CHARS}" rows="6"${text.attrs}>${v.text ?? ""}</textarea>
${text.paragraph}
</div>
<div class="field">
<label for="receivedAt">${t("field_receivedAt")} <span class="optional">(${t("optional")})</span></label>
<p class="hint" id="receivedAt-hint" hidden>${t("field_receivedAt_hint")}</p>
<input id="receivedAt" name="receivedAt" type="datetime-local" value="${v.receivedAt ?? ""}"${receivedAt.attrs}>
${receivedAt.paragraph}
</div>
<div class="row">
${selectField("carrier", t, t("field_carrier"), carriers, state)}
${selectField("region", t, t("field_region"), regions, state)}
</div>
${selectField("category", t, t("field_category"), categories, state, t("field_category_hint"))}
<div class="field">
<label for="claimedInstitution">${t("field_claimedInstitution")} <span class="optional">(${t("optional")})</span></label>
<p class="hint" id="claimedInstitution-hint">${t("field_claimedInstitution_hint")}</p>
<input id="claimedInstitution" name="claimedInstitution" type="text" maxlength="40" autocomplete="off" value="${v.claimedInstitution ?? ""}"${claimed.attrs}>
${claimed.paragraph}
</div>
${turnstile}
<button type="submit" class="primary-button" data-busy-label="${t("submitting")}">${t("submit")}</button>
</form>
</div>
${aside(t)}
</div>`;
}

function aside(t: Translate): SafeHtml {
  return html`<aside class="secondary">
<section class="box lesson" aria-labelledby="lesson-title">
<h2 id="lesson-title">${t("lesson_title")}</h2>
<ul>
<li>${t("lesson_official")}</li>
<li>${t("lesson_never")}</li>
<li>${t("lesson_verify")}</li>
</ul>
</section>
<section class="box privacy" aria-labelledby="privacy-title">
<h2 id="privacy-title">${t("privacy_title")}</h2>
<p>${t("privacy_text")}</p>
</section>
</aside>`;
}

export function renderFormPage(lang: Lang, state: FormState): string {
  const t = translator(lang);
  const turnstileScript = state.turnstileSiteKey
    ? raw(`<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>`)
    : "";
  return layout({
    lang,
    t,
    title: t("form_title"),
    body: renderFormBody(lang, state),
    switchPath: "/",
    head: clientMessages(lang),
    scripts: html`${turnstileScript}<script src="/dom.js" defer></script><script src="/app.js" defer></script>`,
  });
}

function tags(items: string[], t: Translate, className = ""): SafeHtml {
  if (items.length === 0) return html`<span class="none">${t("result_none")}</span>`;
  return html`<ul class="${`tags ${className}`.trim()}">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/**
 * The facts about a stored report plus the sender's current reputation. `headingLevel` is 1 on
 * the result page and 2 inline. Same structure as public/app.js `renderResult`.
 */
/** The no-JavaScript withdrawal page of a report (GET shows a confirmation form that POSTs). */
export function withdrawHref(lang: Lang, id: string, receipt: string): string {
  return `${langHref("/report/withdraw", lang)}&id=${encodeURIComponent(id)}&receipt=${encodeURIComponent(receipt)}`;
}

/** The withdrawal confirmation (no receipt outcome yet) or its outcome. */
export function renderWithdrawPage(lang: Lang, state: { id: string; receipt: string; outcome?: "done" | "failed" }): string {
  const t = translator(lang);
  const body =
    state.outcome === undefined
      ? html`<section class="result"><h1>${t("withdraw_title")}</h1>
<p>${t("withdraw_confirm", { id: state.id })}</p>
<form method="post" action="${langHref("/report/withdraw", lang)}">
<input type="hidden" name="id" value="${state.id}"><input type="hidden" name="receipt" value="${state.receipt}"><input type="hidden" name="lang" value="${lang}">
<button type="submit">${t("withdraw_button")}</button>
</form></section>`
      : html`<section class="result"><h1>${t("withdraw_title")}</h1>
<p class="notice" data-withdrawn="${state.outcome === "done" ? "true" : "false"}">${t(state.outcome === "done" ? "withdraw_done" : "withdraw_failed")}</p>
<p class="again"><a class="button-link" href="${langHref("/", lang)}">${t("result_again")}</a></p></section>`;
  return layout({ lang, t, title: t("withdraw_title"), body, switchPath: "/" });
}

export function renderResult(lang: Lang, created: ReportCreated & { receipt?: string }, view: ReputationView | null, headingLevel: 1 | 2 = 1, next: NextSteps | null = null): SafeHtml {
  const t = translator(lang);
  const h = raw(`h${headingLevel}`);
  const sub = raw(`h${headingLevel + 1}`);
  const claimed = created.claimedInstitution ?? "";
  return html`<section class="result" aria-labelledby="result-title">
<${h} id="result-title" tabindex="-1">${t("result_title")}</${h}>
${created.duplicate ? html`<p class="notice" data-duplicate="true">${t("result_duplicate")}</p>` : ""}
${next ? html`${renderAdvice(next.advice, checkTranslator(lang), headingLevel + 1)}${renderContacts(next.officialContacts, checkTranslator(lang), headingLevel + 1)}` : ""}
<dl class="facts">
<dt>${t("result_sender")}</dt>
<dd data-fact="sender"><strong class="mono">${created.sender.normalized}</strong> <span class="kind">${labelFor(lang, "kind_", created.sender.kind)}</span>${
    created.sender.input !== created.sender.normalized
      ? html`<br><small>${t("result_sender_input")}: <span class="mono">${created.sender.input}</span></small>`
      : ""
  }</dd>
<dt>${t("result_domains")}</dt>
<dd data-fact="domains">${tags(created.domains, t, "mono")}</dd>
<dt>${t("result_signals")}</dt>
<dd data-fact="signals">${tags(created.signals.map((s) => labelFor(lang, "signal_", s)), t, "signals")}</dd>
<dt>${t("result_claimed")}</dt>
<dd data-fact="claimedInstitution">${claimed ? claimed : html`<span class="none">${t("result_unknown")}</span>`}</dd>
${created.category ? html`<dt>${t("result_category")}</dt><dd data-fact="category">${labelFor(lang, "category_", created.category)}${created.categoryInferred ? html` <small>${t("category_inferred")}</small>` : ""}</dd>` : ""}
${created.callbackNumbers.length > 0 ? html`<dt>${t("result_callbacks")}</dt><dd data-fact="callbackNumbers">${tags(created.callbackNumbers, t, "mono")}</dd>` : ""}
<dt>${t("result_campaign")}</dt>
<dd data-fact="campaign"><span class="mono">${created.campaignId}</span><br><small>${t("result_campaign_hint")}</small></dd>
<dt>${t("result_report_id")}</dt>
<dd data-fact="id" class="mono">${created.id}</dd>
${created.receipt ? html`<dt>${t("result_receipt")}</dt>
<dd data-fact="receipt"><span class="mono">${created.receipt}</span><br><small>${t("result_receipt_hint")}</small>
<br><a data-action="withdraw" href="${withdrawHref(lang, created.id, created.receipt)}">${t("withdraw_link")}</a></dd>` : ""}
</dl>
${view ? renderVerdict(lang, view, sub) : html`<p class="notice">${t("result_lookup_failed")}</p>`}
</section>`;
}

function renderVerdict(lang: Lang, view: ReputationView, sub: SafeHtml): SafeHtml {
  const t = translator(lang);
  return html`<div class="${`verdict verdict-${view.verdict}`}" data-verdict="${view.verdict}">
<${sub}>${t("result_verdict_title")}</${sub}>
<p class="verdict-line"><span class="badge">${labelFor(lang, "verdict_", view.verdict)}</span> <span class="score">${t("result_score", { n: view.score })}</span></p>
<p class="counts">${t("result_reports", { n: view.reports.total, m: view.reports.distinctReporters, k: view.reports.last30Days })}</p>
${view.official ? html`<p class="official">${t("result_official", { institution: view.official.institution })}</p>` : ""}
${
  view.reasons.length > 0
    ? html`<p class="reasons-title">${t("result_reasons")}</p><ul class="reasons">${view.reasons.map(
        (reason) => html`<li data-reason="${reason.code}">${reason.message}</li>`,
      )}</ul>`
    : ""
}
</div>`;
}

export function renderResultPage(lang: Lang, created: ReportCreated & { receipt?: string }, view: ReputationView | null, next: NextSteps | null = null): string {
  const t = translator(lang);
  const body = html`${renderResult(lang, created, view, 1, next)}
<p class="again"><a class="button-link" href="${langHref("/", lang)}">${t("result_again")}</a></p>
${aside(t)}`;
  return layout({ lang, t, title: t("result_title"), body, switchPath: "/" });
}
