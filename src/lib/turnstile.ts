/**
 * Cloudflare Turnstile check for anonymous submissions, active only when TURNSTILE_SECRET is set
 * (local development and tests run without it). The one place that talks to Turnstile.
 */
import { ApiError } from "./errors";

const VERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export async function verifyHuman(env: Env, token: string | undefined, clientAddress: string): Promise<void> {
  if (!env.TURNSTILE_SECRET) return;
  if (!token) throw new ApiError("captcha_failed", "Complete the human check (Turnstile) before submitting.");
  const body = new FormData();
  body.set("secret", env.TURNSTILE_SECRET);
  body.set("response", token);
  body.set("remoteip", clientAddress);
  let outcome: { success?: boolean };
  try {
    const response = await fetch(VERIFY_URL, { method: "POST", body });
    outcome = (await response.json()) as { success?: boolean };
  } catch {
    throw new ApiError("unavailable", "The human check could not be verified right now; try again.");
  }
  if (!outcome.success) throw new ApiError("captcha_failed", "The human check failed; reload the page and try again.");
}
