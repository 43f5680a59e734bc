/**
 * `npm run openapi`: writes the OpenAPI document the Worker serves at /api/v1/openapi.json, built
 * in this process from the route schemas (no server needed), for `redocly lint` and `npm run client`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildApp } from "../src/app";
import { argValue } from "./lib/args";
import { handleHelp } from "./lib/cli";
import { LOCAL_SECRETS } from "./lib/local-worker";

const USAGE = `
Usage: npm run openapi [-- --out <file>] [-- --origin <url>]

Writes the OpenAPI 3.1 document (the one served at /api/v1/openapi.json) as JSON.
  --out <file>     where to write it (default: stdout)
  --origin <url>   the server URL written into "servers" (default: http://127.0.0.1:8787)
`;

/** The document as the Worker would serve it at `origin`. */
export async function openApiDocument(origin = "http://127.0.0.1:8787"): Promise<Record<string, unknown>> {
  const allow = { limit: async () => ({ success: true }) };
  const env = { ...LOCAL_SECRETS, ANON_REPORT_LIMITER: allow, ANON_LOOKUP_LIMITER: allow, APP_LIMITER: allow, CARRIER_LIMITER: allow } as unknown as Env;
  const context = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  const response = await buildApp().fetch(new Request(`${origin}/api/v1/openapi.json`), env, context);
  if (!response.ok) throw new Error(`openapi.json answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  handleHelp(USAGE);
  const document = `${JSON.stringify(await openApiDocument(argValue("origin", "http://127.0.0.1:8787")), null, 2)}\n`;
  const out = argValue("out", "");
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, document);
  } else {
    process.stdout.write(document);
  }
}
