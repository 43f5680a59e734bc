// Check page enhancement: POST JSON to /api/v1/check and show the result inline (no-JS: POST /check).
// Labels: the server's <script type="application/json" id="check-i18n">. Mirrors renderCheckResult in
// src/pages/check-page.ts (class names, order, data-* attributes).
(() => {
  "use strict";
  const form = document.getElementById("check-form");
  const blob = document.getElementById("check-i18n");
  if (!form || !blob || !window.fetch || !window.FormData || !window.Fanzha) return;
  const { lang, messages: M, signals: SIGNALS } = JSON.parse(blob.textContent);
  const FIELDS = ["text", "sender", "url"];
  const slot = document.getElementById("check-result");
  const formError = document.getElementById("form-error");
  const button = form.querySelector("button[type=submit]");
  const buttonLabel = button.textContent;
  const q = "?lang=" + encodeURIComponent(lang);

  const t = (key, p = {}) => (M[key] ?? key).replace(/\{(\w+)\}/g, (w, n) => (n in p ? String(p[n]) : w));

  const { Fanzha } = window;
  const { el, nextSteps, showResult } = Fanzha;

  function renderResult(r) {
    const share = [
      ...(r.sender ? [["/n/", r.sender.target.value]] : []),
      ...r.domains.map((d) => ["/d/", d.target.value]),
    ].map(([prefix, value]) => el("li", null, el("a", { href: prefix + encodeURIComponent(value) + q }, value)));
    return el(
      "section",
      { class: "result check-result", "aria-labelledby": "check-result-title", "data-verdict": r.verdict },
      el("h2", { id: "check-result-title", tabindex: "-1" }, t("check_result_title")),
      el(
        "div",
        { class: "verdict verdict-" + r.verdict },
        el("p", { class: "verdict-line" }, el("span", { class: "badge" }, t("verdict_" + r.verdict)), " ", el("span", { class: "score" }, t("check_score", { n: r.score }))),
        el("p", { class: "summary" }, t("check_summary_" + r.verdict)),
      ),
      nextSteps(t, r),
      el("h3", null, t("check_reasons")),
      el("ul", { class: "reasons" }, r.reasons.map((x) => el("li", { "data-reason": x.code }, x.message))),
      el(
        "details",
        { class: "technical" },
        el("summary", null, t("check_technical")),
        el(
          "dl",
          { class: "facts" },
          el("dt", null, t("check_signals")),
          el("dd", { "data-fact": "signals" }, r.signals.length ? r.signals.map((s) => SIGNALS[s] || s).join("、") : t("check_none")),
          el("dt", null, t("check_claimed")),
          el("dd", { "data-fact": "claimedInstitution" }, r.claimedInstitution || t("check_none")),
          el("dt", null, t("check_campaign")),
          el("dd", { "data-fact": "campaign", class: "mono" }, r.campaign ? r.campaign.id : t("check_none")),
        ),
      ),
      share.length > 0 && [el("p", { class: "share" }, t("check_share") + ":"), el("ul", { class: "share-links" }, share)],
      el("p", { class: "again" }, el("a", { class: "button-link", href: "/" + q }, t("check_report_it"))),
    );
  }

  const clearErrors = () => Fanzha.clearErrors(form, formError, FIELDS);

  function fieldError(field, text) {
    const p = document.getElementById(field + "-error");
    p.textContent = text;
    p.hidden = false;
    form.elements[field].setAttribute("aria-invalid", "true");
    form.elements[field].focus();
  }

  const showAlert = (text) => Fanzha.showAlert(formError, text);

  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    clearErrors();
    const data = new FormData(form);
    const body = {};
    for (const field of FIELDS) {
      const v = data.get(field);
      if (typeof v === "string" && v.trim() !== "") body[field] = v;
    }
    if (Object.keys(body).length === 0) return showAlert(t("check_need_input"));
    busy = true;
    button.disabled = true;
    button.textContent = button.dataset.busyLabel || buttonLabel;
    try {
      const res = await fetch("/api/v1/check" + q, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
      const answer = await res.json().catch(() => ({}));
      if (!res.ok) {
        if (answer.code === "invalid_sender") fieldError("sender", t("check_invalid_sender"));
        else if (answer.code === "invalid_domain") fieldError("url", t("check_invalid_url"));
        else showAlert(t(answer.code === "invalid_body" ? "check_need_input" : "check_error"));
        return;
      }
      showResult(slot, renderResult(answer), "check-result-title");
    } catch {
      showAlert(t("check_error"));
    } finally {
      busy = false;
      button.disabled = false;
      button.textContent = buttonLabel;
    }
  });
})();
