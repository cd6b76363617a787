"use client";

import * as React from "react";
import { verifyAuditChainAction } from "@/app/(dashboard)/audit/_lib/actions";
import { Button } from "@/components/ui/button";
import { NO_ANSWER } from "@/lib/actions/result";

/** Recomputes every hash on the server and says whether the chain holds, or which entry breaks it. */
export function VerifyChainButton() {
  const [message, setMessage] = React.useState<{ text: string; broken: boolean } | null>(null);
  const [isChecking, setChecking] = React.useState(false);
  const verify = async () => {
    setChecking(true);
    try {
      const result = await verifyAuditChainAction(undefined);
      if (!result.ok) setMessage({ text: result.error ?? "The audit log could not be read.", broken: true });
      else if (result.data.ok)
        setMessage({
          text: `Chain verified: all ${result.data.checked.toLocaleString("en-US")} entries are intact.`,
          broken: false,
        });
      else
        setMessage({
          text: `Chain broken at entry #${result.data.brokenSeq}: ${result.data.reason}. The ${result.data.checked.toLocaleString("en-US")} entries before it are intact.`,
          broken: true,
        });
    } catch {
      setMessage({ text: NO_ANSWER, broken: true });
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" onClick={() => void verify()} disabled={isChecking}>
        {isChecking ? "Verifying…" : "Verify chain"}
      </Button>
      <p
        role="status"
        className={message?.broken ? "text-sm text-destructive" : "text-sm text-muted-foreground"}
      >
        {message?.text}
      </p>
    </div>
  );
}
