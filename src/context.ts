import type { Role } from "./middleware/auth";

/** Hono environment shared by every route: bindings plus what middleware puts on the context. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Who is calling: the key's role (or anonymous) and id. */
    principal: { role: Role; keyId: string | null };
  };
}
