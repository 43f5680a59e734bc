/**
 * A typed client for the 反诈短信 report & reputation API: openapi-fetch over the types that
 * `npm run client` generates from the Worker's OpenAPI document (schema.d.ts). Every path, query,
 * body and response — problem+json errors included — is typed.
 */
import createClient, { type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Problem = components["schemas"]["Problem"];

/** `baseUrl` is the service origin, e.g. http://127.0.0.1:8787; `apiKey` is optional (anonymous). */
export function createFanzhaClient(baseUrl: string, options: { apiKey?: string } & Omit<ClientOptions, "baseUrl"> = {}) {
  const { apiKey, headers, ...rest } = options;
  return createClient<paths>({
    baseUrl,
    headers: { ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...(headers as Record<string, string> | undefined) },
    ...rest,
  });
}
