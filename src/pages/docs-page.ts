/**
 * The developer documentation pages: the interactive API reference (Swagger UI, a pinned copy
 * served from our own origin under /vendor/swagger-ui/, see scripts/build-docs-assets.mjs) and
 * the error catalogue every problem `type` links to. English only: they document the API.
 */
import { ERROR_DOCS } from "../lib/error-docs";
import { ERROR_CODES, type ErrorCode } from "../lib/errors";
import { html, type SafeHtml } from "./layout";

/** Scripts and styles from our own origin only; Swagger UI sets inline style attributes. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SITE_TITLE = "反诈短信 report & reputation API";

function docsShell(title: string, head: SafeHtml, body: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${SITE_TITLE}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${head}
</head>
<body>
<header class="docs-nav"><nav aria-label="Documentation"><a href="/docs">API reference</a> · <a href="/docs/errors">Error codes</a> · <a href="/api/v1/openapi.json">OpenAPI document</a> · <a href="/">Report form</a></nav></header>
${body}
</body>
</html>`}`;
}

export function renderApiReferencePage(): string {
  return docsShell(
    "API reference",
    html`<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css"><link rel="stylesheet" href="/docs.css">`,
    html`<main>
<noscript><p>The interactive reference needs JavaScript. The same content is in the <a href="/api/v1/openapi.json">OpenAPI document</a>; errors are listed at <a href="/docs/errors">/docs/errors</a>.</p></noscript>
<div id="swagger-ui" data-openapi-url="/api/v1/openapi.json"></div>
</main>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/docs.js"></script>`,
  );
}

export function renderErrorCataloguePage(): string {
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];
  const entries = codes.map((code) => {
    const { status, title } = ERROR_CODES[code];
    const { meaning, action } = ERROR_DOCS[code];
    return html`<section id="${code}" class="error-entry">
<h2><code>${code}</code> <span class="status">${status}</span> ${title}</h2>
<p><strong>What it means:</strong> ${inlineCode(meaning)}</p>
<p><strong>What to do:</strong> ${inlineCode(action)}</p>
</section>`;
  });
  return docsShell(
    "Error codes",
    html`<link rel="stylesheet" href="/docs.css">`,
    html`<main class="errors">
<h1>Error codes</h1>
<p>Every error is <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> <code>application/problem+json</code>: <code>type</code> links to the entry below, <code>code</code> is stable (match on it, not on <code>title</code> or <code>detail</code>), <code>requestId</code> is also in the <code>X-Request-Id</code> header, and validation failures carry <code>errors[]</code> with a path per field. A request answered with an error changed nothing.</p>
<nav aria-label="Codes"><ul class="code-index">${codes.map((code) => html`<li><a href="#${code}"><code>${code}</code></a></li>`)}</ul></nav>
${entries}
</main>`,
  );
}

/** `backticks` in the catalogue's text become <code>; everything else is escaped. */
function inlineCode(text: string): SafeHtml {
  return html`${text.split("`").map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

