// Optional secrets that `wrangler types` cannot see because they are absent from .dev.vars by default.
declare namespace Cloudflare {
  interface Env {
    TURNSTILE_SECRET?: string;
    /** Previous REPORTER_KEY during a rotation (see docs/scoring.md). */
    REPORTER_KEY_PREVIOUS?: string;
  }
}
