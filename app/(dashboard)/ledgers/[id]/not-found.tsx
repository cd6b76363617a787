import Link from "next/link";
import { RequestedId } from "@/components/identities/requested-id";
import { buttonVariants } from "@/components/ui/button";

// Rendered with a 404 status: the (ledger) layout calls notFound() before anything streams.
export default function LedgerNotFound() {
  return (
    <div className="flex max-w-xl flex-col items-start gap-3 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Ledger not found</h1>
      <p className="text-sm text-muted-foreground">
        Blnk has no ledger with the ID <RequestedId />. Check the ID, or find the ledger in the list.
      </p>
      <Link href="/ledgers" className={buttonVariants({ size: "sm" })}>
        Back to Ledgers
      </Link>
    </div>
  );
}
