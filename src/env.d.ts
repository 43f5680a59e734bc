// Optional secrets that `wrangler types` cannot see, because .dev.vars does not set them by default.
interface Env {
  /** When set, anonymous submissions need a Cloudflare Turnstile token (src/lib/turnstile.ts). */
  TURNSTILE_SECRET?: string;
}

interface Env {
  /** The previous REPORTER_KEY while a key rotation is under way (docs/scoring.md). */
  REPORTER_KEY_PREVIOUS?: string;
}

interface Env {
  /** The public origin of the API (https://…), named as the server in the OpenAPI document (README). */
  PUBLIC_ORIGIN?: string;
}
