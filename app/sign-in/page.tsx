import { LandmarkIcon } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/sign-in/_components/sign-in-form";
import { getActor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/gate";
import { currentAuthSettings } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Sign in" };

// Messages for the `error` the OIDC callback redirects back with; anything else gets the generic one.
const OIDC_ERRORS: Record<string, string> = {
  signup_disabled: "Your account is not set up in Ledger Desk. Ask an Admin to add you.",
  access_denied: "Sign-in was cancelled at the identity provider.",
  email_not_verified: "Your identity provider has not verified your email address.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  const settings = currentAuthSettings();
  if (settings.mode === "demo" || (await getActor())) redirect(next);

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const providerError = errorCode
    ? (OIDC_ERRORS[errorCode.toLowerCase()] ?? "Single sign-on did not complete. Try again.")
    : undefined;
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-surface px-4">
      <div className="w-full max-w-sm rounded-lg border bg-background p-6 shadow-sm">
        <div className="mb-6 flex items-center gap-2 font-semibold">
          <LandmarkIcon className="size-5 text-primary" aria-hidden />
          Ledger Desk
        </div>
        <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
        <SignInForm
          next={next}
          oidcName={settings.oidc?.name ?? null}
          providerError={providerError ?? null}
        />
      </div>
    </main>
  );
}
