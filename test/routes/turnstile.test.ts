import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyHuman } from "../../src/lib/turnstile";
import { call, expectProblem, SCAM_TEXT, tableCounts } from "../helpers";

const withSecret = { ...env, TURNSTILE_SECRET: "turnstile-secret" } as Env;

function stubSiteverify(success: boolean) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    expect(String(input instanceof Request ? input.url : input)).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
    return Response.json({ success });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Turnstile on anonymous submissions", () => {
  it("is off without TURNSTILE_SECRET: local development works unchanged", async () => {
    const spy = vi.spyOn(globalThis, "fetch");
    await expect(verifyHuman(env, undefined, "203.0.113.1")).resolves.toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });

  it("requires a token when the secret is set", async () => {
    await expect(verifyHuman(withSecret, undefined, "203.0.113.1")).rejects.toMatchObject({ code: "captcha_failed", status: 403 });
  });

  it("accepts a token Turnstile confirms and rejects one it does not", async () => {
    const ok = stubSiteverify(true);
    await expect(verifyHuman(withSecret, "token-ok", "203.0.113.1")).resolves.toBeUndefined();
    const body = ok.mock.calls[0]?.[1]?.body as FormData;
    expect(body.get("secret")).toBe("turnstile-secret");
    expect(body.get("response")).toBe("token-ok");
    vi.restoreAllMocks();
    stubSiteverify(false);
    await expect(verifyHuman(withSecret, "token-bad", "203.0.113.1")).rejects.toMatchObject({ code: "captcha_failed" });
  });

  it("guards POST /api/v1/reports for anonymous callers and stores nothing when it fails", async () => {
    const mutable = env as Env;
    mutable.TURNSTILE_SECRET = "turnstile-secret";
    mutable.TURNSTILE_SITE_KEY = "turnstile-site-key";
    try {
      stubSiteverify(false);
      const before = await tableCounts();
      await expectProblem(await call("/api/v1/reports", { json: { sender: "13800138000", text: SCAM_TEXT }, headers: { "cf-turnstile-response": "bad" } }), 403, "captcha_failed");
      expect(await tableCounts()).toEqual(before);
      vi.restoreAllMocks();
      stubSiteverify(true);
      const accepted = await call("/api/v1/reports", { json: { sender: "13800138000", text: SCAM_TEXT }, headers: { "cf-turnstile-response": "good" } });
      expect(accepted.status).toBe(201);
    } finally {
      delete mutable.TURNSTILE_SECRET;
      delete mutable.TURNSTILE_SITE_KEY;
    }
  });

  it("renders the widget with the site key when both are set", async () => {
    const mutable = env as Env;
    Object.assign(mutable, { TURNSTILE_SECRET: "turnstile-secret", TURNSTILE_SITE_KEY: "turnstile-site-key" });
    try {
      const page = await (await call("/")).text();
      expect(page).toContain('data-sitekey="turnstile-site-key"');
    } finally {
      delete mutable.TURNSTILE_SECRET;
      delete mutable.TURNSTILE_SITE_KEY;
    }
  });

  it("refuses to serve with only one of the site key and the secret, naming the missing one", async () => {
    const mutable = env as Env;
    for (const [set, missing] of [["TURNSTILE_SECRET", "TURNSTILE_SITE_KEY"], ["TURNSTILE_SITE_KEY", "TURNSTILE_SECRET"]] as const) {
      mutable[set] = "only-one-half";
      try {
        const before = await tableCounts();
        // The operator-facing detail names the setting (in English; zh-CN readers get the generic wording).
        const problem = await expectProblem(await call("/api/v1/reports?lang=en", { json: { sender: "13800138000", text: SCAM_TEXT } }), 503, "unavailable");
        expect(problem.detail).toContain(`${missing} is not`);
        expect((await call("/")).status).toBe(503);
        expect(await tableCounts()).toEqual(before);
      } finally {
        delete mutable[set];
      }
    }
    expect((await call("/api/v1/health")).status).toBe(200);
  });
});
