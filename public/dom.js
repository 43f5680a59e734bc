// Shared by public/app.js (report form) and public/check.js (check page): element building, the
// "what to do next" and official-contacts blocks (same markup as renderAdvice / renderContacts in
// src/pages/check-page.ts), and showing a result with focus on its heading.
(() => {
  "use strict";
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children.flat(Infinity)) if (c != null && c !== false) node.append(c);
    return node;
  }

  const contactLink = (c) =>
    c.type === "number"
      ? el("a", { class: "mono", href: "tel:" + c.value }, c.value)
      : el("a", { class: "mono", href: "https://" + c.value + "/", rel: "noopener noreferrer" }, c.value);

  /** Advice and official contacts of a /check answer; `t` translates the page's keys. */
  function nextSteps(t, answer) {
    if (!answer) return null;
    return [
      answer.advice.length > 0 &&
        el(
          "section",
          { class: "advice-box", "aria-labelledby": "advice-title" },
          el("h3", { id: "advice-title" }, t("check_what_to_do")),
          el("ol", { class: "advice" }, answer.advice.map((a) => el("li", { "data-advice": a.code }, a.message))),
        ),
      answer.officialContacts.length > 0 && [
        el("h3", null, t("check_official_contacts")),
        el(
          "ul",
          { class: "contacts" },
          answer.officialContacts.map((c) =>
            el("li", { "data-contact-type": c.type }, c.institution + " · " + t(c.type === "number" ? "contact_number" : "contact_domain") + ": ", contactLink(c)),
          ),
        ),
      ],
    ];
  }

  /** Puts a rendered result into its slot and moves focus to its heading. */
  function showResult(slot, node, headingId) {
    slot.replaceChildren(node);
    const heading = document.getElementById(headingId);
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }

  /** Hides the form's alert and every field error. */
  function clearErrors(form, formError, fields) {
    formError.hidden = true;
    formError.textContent = "";
    for (const field of fields) {
      const p = document.getElementById(field + "-error");
      if (p) {
        p.hidden = true;
        p.textContent = "";
      }
      form.elements[field]?.removeAttribute("aria-invalid");
    }
  }

  function showAlert(formError, text) {
    formError.textContent = text;
    formError.hidden = false;
    formError.focus();
  }

  window.Fanzha = { el, nextSteps, showResult, clearErrors, showAlert };
})();
