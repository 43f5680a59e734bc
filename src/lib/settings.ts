/**
 * The Worker's settings checked before it serves anything: required secrets present and the
 * Turnstile site key and secret set together. A misconfigured deployment answers every request
 * with one clear 503 naming the setting (and logs it once), instead of failing in odd ways later —
 * with only the secret, the form would show no widget and every anonymous report would be 403.
 */
import { ApiError } from "./errors";

const REQUIRED_SECRETS = ["REPORTER_KEY", "ADMIN_TOKEN"] as const;

/** The first configuration problem, in words an operator can act on, or null when all is well. */
export function settingsProblem(env: Env): string | null {
  const missing = REQUIRED_SECRETS.filter((name) => !env[name]);
  if (missing.length > 0) return `${missing.join(" and ")} not set: add ${missing.length > 1 ? "them" : "it"} with \`wrangler secret put\` (locally in .dev.vars).`;
  if (Boolean(env.TURNSTILE_SITE_KEY) !== Boolean(env.TURNSTILE_SECRET)) {
    const [set, unset] = env.TURNSTILE_SECRET ? ["TURNSTILE_SECRET", "TURNSTILE_SITE_KEY"] : ["TURNSTILE_SITE_KEY", "TURNSTILE_SECRET"];
    return `${set} is set but ${unset} is not: Turnstile needs both (the site key renders the widget, the secret verifies it), or neither to turn it off.`;
  }
  return null;
}

let logged = false;

/** Throws a 503 problem naming the misconfiguration; cheap enough to run on every request. */
export function assertSettings(env: Env): void {
  const problem = settingsProblem(env);
  if (!problem) return;
  if (!logged) {
    logged = true;
    console.error(JSON.stringify({ level: "error", message: `configuration: ${problem}` }));
  }
  throw new ApiError("unavailable", `Server misconfigured. ${problem}`);
}
