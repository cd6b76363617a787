import type { Server } from "node:http";
import Provider from "oidc-provider";
import { E2E } from "./env";

/** People the test OpenID provider knows; the login name typed at its form picks one. */
export const OIDC_PEOPLE = {
  "oidc-operator": {
    email: "oidc.operator@example.com",
    name: "Olu Operator",
    groups: ["staff", "desk-ops"],
  },
  "oidc-newcomer": { email: "oidc.newcomer@example.com", name: "Nia Newcomer", groups: ["staff"] },
} as const;

/**
 * A real OpenID Connect provider (panva's oidc-provider, certified) on loopback, started by the test that
 * needs it: discovery, authorization with its own login and consent pages, token endpoint, signed ID tokens.
 * The sign-in dashboard is configured with it as OIDC_ISSUER (playwright.config.ts).
 */
export async function startOidcProvider(): Promise<{ close: () => Promise<void> }> {
  const provider = new Provider(E2E.oidcIssuer, {
    clients: [
      {
        client_id: E2E.oidcClientId,
        client_secret: E2E.oidcClientSecret,
        redirect_uris: [`${E2E.signInAppUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      const person = OIDC_PEOPLE[id as keyof typeof OIDC_PEOPLE];
      if (!person) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: person.email,
          email_verified: true,
          name: person.name,
          groups: person.groups,
        }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Put the claims in the ID token too (the dashboard reads them from there).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-oidc-cookie-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(E2E.oidcPort, "127.0.0.1", () => resolve(listening));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
