// oidc-provider ships no types; the test provider uses a handful of its options (see oidc-provider.ts).
declare module "oidc-provider";
