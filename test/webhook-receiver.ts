/** A webhook receiver for Workers-runtime tests: outbound fetch to https://hooks.example… is recorded and answered. */
import { vi } from "vitest";

export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Replaces outbound fetch with a receiver answering `statuses` in turn (then 200). */
export function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const original = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input as RequestInfo, init as RequestInit);
    if (!request.url.startsWith("https://hooks.example")) return original(input as RequestInfo, init as RequestInit);
    received.push({ url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() });
    return new Response("ok", { status: statuses[received.length - 1] ?? 200 });
  });
  return received;
}
