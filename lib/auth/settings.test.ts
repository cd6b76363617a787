import { describe, expect, it } from "vitest";
import { hasRole, parseRoleMap, roleFromClaim } from "./roles";
import { getAuthSettings, isLoopbackHost, serverAddress } from "./settings";

const SECRET = "0123456789abcdef0123456789abcdef-secret";
const local = { host: "127.0.0.1", port: "3000" };
const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("demo mode or sign-in", () => {
  it("runs without sign-in only on a loopback address", () => {
    expect(getAuthSettings(env({}), local)).toEqual({ mode: "demo" });
    expect(getAuthSettings(env({}), { host: "::1", port: "3000" })).toEqual({ mode: "demo" });
    expect(() => getAuthSettings(env({}), { host: "0.0.0.0", port: "3000" })).toThrow(
      /not a loopback address/,
    );
    expect(() => getAuthSettings(env({}), { host: "10.0.0.5", port: "3000" })).toThrow(/AUTH_SECRET/);
  });

  it("requires sign-in once AUTH_SECRET is set, on any address", () => {
    const settings = getAuthSettings(env({ AUTH_SECRET: SECRET }), { host: "0.0.0.0", port: "8080" });
    expect(settings).toMatchObject({
      mode: "sign-in",
      baseUrl: "http://0.0.0.0:8080",
      sessionTtlSeconds: 43_200,
      database: { kind: "pglite", dataDir: ".data/auth" },
      oidc: undefined,
      admin: undefined,
    });
  });

  it("names the variable that is wrong", () => {
    expect(() => getAuthSettings(env({ AUTH_SECRET: "short" }), local)).toThrow(
      /AUTH_SECRET must be at least 32/,
    );
    expect(() => getAuthSettings(env({ ADMIN_EMAIL: "a@b.co" }), local)).toThrow(/AUTH_SECRET is required/);
    expect(() => getAuthSettings(env({ AUTH_SECRET: SECRET, AUTH_SESSION_TTL: "1h" }), local)).toThrow(
      /AUTH_SESSION_TTL/,
    );
    expect(() => getAuthSettings(env({ AUTH_SECRET: SECRET, DATABASE_URL: "mysql://x" }), local)).toThrow(
      /DATABASE_URL/,
    );
    expect(() =>
      getAuthSettings(env({ AUTH_SECRET: SECRET, ADMIN_EMAIL: "a@b.co", ADMIN_PASSWORD: "short" }), local),
    ).toThrow(/ADMIN_PASSWORD/);
    expect(() =>
      getAuthSettings(env({ AUTH_SECRET: SECRET, OIDC_ISSUER: "https://id.example.com" }), local),
    ).toThrow(/OIDC_CLIENT_ID/);
    expect(() =>
      getAuthSettings(
        env({
          AUTH_SECRET: SECRET,
          OIDC_ISSUER: "https://id.example.com",
          OIDC_CLIENT_ID: "x",
          OIDC_CLIENT_SECRET: "y",
          OIDC_ROLE_MAP: "ops=boss",
        }),
        local,
      ),
    ).toThrow(/OIDC_ROLE_MAP: "ops=boss"/);
  });

  it("reads Postgres, the admin account and OIDC", () => {
    const settings = getAuthSettings(
      env({
        AUTH_SECRET: SECRET,
        AUTH_URL: "https://desk.example.com/",
        DATABASE_URL: "postgres://u:p@db:5432/desk",
        ADMIN_EMAIL: "Admin@Example.com",
        ADMIN_PASSWORD: "a long admin password",
        OIDC_ISSUER: "https://id.example.com/",
        OIDC_CLIENT_ID: "desk",
        OIDC_CLIENT_SECRET: "s3cret",
        OIDC_NAME: "Okta",
        OIDC_ROLE_CLAIM: "groups",
        OIDC_ROLE_MAP: "desk-admins=admin, desk-ops=operator",
      }),
      local,
    );
    expect(settings).toMatchObject({
      baseUrl: "https://desk.example.com",
      database: { kind: "postgres", url: "postgres://u:p@db:5432/desk" },
      admin: { email: "admin@example.com", name: "Admin" },
      oidc: { issuer: "https://id.example.com", name: "Okta", roleClaim: "groups", defaultRole: "viewer" },
    });
  });
});

describe("serverAddress", () => {
  it("prefers next start's flags, then HOSTNAME/PORT, else every interface on 3000", () => {
    expect(
      serverAddress(["node", "next", "start", "-H", "127.0.0.1", "-p", "3100"], env({ HOSTNAME: "x" })),
    ).toEqual({
      host: "127.0.0.1",
      port: "3100",
    });
    expect(serverAddress(["--hostname=::1", "--port=4000"], env({}))).toEqual({ host: "::1", port: "4000" });
    expect(serverAddress([], env({ HOSTNAME: "10.1.2.3", PORT: "80" }))).toEqual({
      host: "10.1.2.3",
      port: "80",
    });
    expect(serverAddress([], env({}))).toEqual({ host: "0.0.0.0", port: "3000" });
    expect(isLoopbackHost("127.0.0.2")).toBe(true);
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("192.168.1.1")).toBe(false);
  });
});

describe("roles", () => {
  it("ranks Viewer < Operator < Admin and refuses unknown roles", () => {
    expect(hasRole("operator", "operator")).toBe(true);
    expect(hasRole("admin", "operator")).toBe(true);
    expect(hasRole("viewer", "operator")).toBe(false);
    expect(hasRole("user", "viewer")).toBe(false);
    expect(hasRole(undefined, "viewer")).toBe(false);
  });

  it("maps an OIDC claim to the highest role it grants", () => {
    const map = parseRoleMap("desk-admins=admin,desk-ops=operator");
    expect(roleFromClaim(["staff", "desk-ops"], map, "viewer")).toBe("operator");
    expect(roleFromClaim(["desk-ops", "desk-admins"], map, "viewer")).toBe("admin");
    expect(roleFromClaim("staff", map, "viewer")).toBe("viewer");
    expect(roleFromClaim(undefined, map, "viewer")).toBe("viewer");
    expect(roleFromClaim("Operator", new Map(), "viewer")).toBe("operator");
  });
});
