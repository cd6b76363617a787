import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-start justify-center gap-3 p-8">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="text-sm text-muted-foreground">
        Your role does not allow this. Ask an Admin of Ledger Desk if you need it.
      </p>
      <Link href="/balances" className="text-sm text-primary underline underline-offset-4">
        Go to Balances
      </Link>
    </main>
  );
}
