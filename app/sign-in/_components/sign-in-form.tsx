"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/client";

const OIDC_PROVIDER_ID = "oidc";

function describe(error: { status?: number; message?: string } | null | undefined): string {
  if (!error) return "Sign-in failed. Try again.";
  if (error.status === 401) return "That email and password do not match an account.";
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  if (error.status && error.status >= 500) return "Ledger Desk could not check your sign-in. Try again.";
  return error.message || "Sign-in failed. Try again.";
}

/** Email and password, and single sign-on when configured. What was typed stays after a failure. */
export function SignInForm({
  next,
  oidcName,
  providerError,
}: {
  next: string;
  oidcName: string | null;
  providerError: string | null;
}) {
  const [error, setError] = React.useState<string | null>(providerError);
  const [pending, setPending] = React.useState<"password" | "oidc" | null>(null);

  // Both ways in: one attempt at a time, the failure in plain words, what was typed kept.
  const attempt = async (
    kind: "password" | "oidc",
    call: () => Promise<{ error: { status?: number; message?: string } | null }>,
    onSuccess?: () => void,
  ) => {
    setPending(kind);
    setError(null);
    try {
      const { error: failure } = await call();
      if (failure) {
        setError(describe(failure));
        setPending(null);
        return;
      }
      onSuccess?.();
    } catch {
      setError("Ledger Desk did not answer. Check your connection and try again.");
      setPending(null);
    }
  };
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    void attempt(
      "password",
      () => authClient.signIn.email({ email, password }),
      () => window.location.assign(next),
    );
  };
  const signInWithProvider = () =>
    attempt("oidc", () =>
      authClient.signIn.social({
        provider: OIDC_PROVIDER_ID,
        callbackURL: next,
        errorCallbackURL: "/sign-in",
      }),
    );

  return (
    <div className="flex flex-col gap-4">
      {error ? (
        <p role="alert" className="rounded border border-danger/40 bg-danger/5 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <Field id="sign-in-email" label="Email">
          <Input id="sign-in-email" name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field id="sign-in-password" label="Password">
          <Input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <Button type="submit" variant="primary" disabled={pending !== null}>
          {pending === "password" ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidcName ? (
        <>
          <div className="flex items-center gap-2 text-xs text-muted-foreground" aria-hidden>
            <span className="h-px flex-1 bg-border" /> or <span className="h-px flex-1 bg-border" />
          </div>
          <Button type="button" disabled={pending !== null} onClick={() => void signInWithProvider()}>
            {pending === "oidc" ? "Redirecting…" : `Sign in with ${oidcName}`}
          </Button>
        </>
      ) : null}
    </div>
  );
}
