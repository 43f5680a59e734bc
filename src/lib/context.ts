/** Who may call what: anonymous callers and the four key roles (src/middleware/auth.ts checks them). */
export const ROLES = ["anonymous", "app", "carrier", "regulator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Hono environment shared by every route: bindings plus what middleware puts on the context. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Who is calling: the key's role (or anonymous) and id. */
    principal: { role: Role; keyId: string | null; trustedReporter?: boolean };
  };
}
