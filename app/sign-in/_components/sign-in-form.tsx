"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/client";

const OIDC_PROVIDER_ID = "oidc";

type Way = "password" | "oidc";
type AuthFailure = { status?: number; message?: string };

function describe(error: AuthFailure | null | undefined): string {
  if (!error) return "Sign-in failed. Try again.";
  if (error.status === 401) return "That email and password do not match an account.";
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  if (error.status && error.status >= 500) return "Ledger Desk could not check your sign-in. Try again.";
  return error.message || "Sign-in failed. Try again.";
}

/** Both ways in: one attempt at a time, the failure in plain words, what was typed kept. */
function useSignInAttempt(providerError: string | null) {
  const [error, setError] = React.useState<string | null>(providerError);
  const [pending, setPending] = React.useState<Way | null>(null);

  const attempt = async (
    kind: Way,
    call: () => Promise<{ error: AuthFailure | null }>,
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
  return { error, pending, attempt };
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
  const { error, pending, attempt } = useSignInAttempt(providerError);

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
      <PasswordForm pending={pending} onSubmit={onSubmit} />
      {oidcName ? (
        <SingleSignOn name={oidcName} pending={pending} onSignIn={() => void signInWithProvider()} />
      ) : null}
    </div>
  );
}

function PasswordForm({
  pending,
  onSubmit,
}: {
  pending: Way | null;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}) {
  return (
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
  );
}

function SingleSignOn({
  name,
  pending,
  onSignIn,
}: {
  name: string;
  pending: Way | null;
  onSignIn: () => void;
}) {
  return (
    <>
      <div className="flex items-center gap-2 text-xs text-muted-foreground" aria-hidden>
        <span className="h-px flex-1 bg-border" /> or <span className="h-px flex-1 bg-border" />
      </div>
      <Button type="button" disabled={pending !== null} onClick={onSignIn}>
        {pending === "oidc" ? "Redirecting…" : `Sign in with ${name}`}
      </Button>
    </>
  );
}
