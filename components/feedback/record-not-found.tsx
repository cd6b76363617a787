import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { RequestedId } from "./requested-id";

/**
 * A record's not-found page (rendered with a 404: each record layout calls notFound() before anything
 * streams): says which ID Blnk does not know, and leads back to the list.
 */
export function RecordNotFound({
  kind,
  listHref,
  listLabel,
}: {
  kind: string;
  listHref: string;
  listLabel: string;
}) {
  const title = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} not found`;
  return (
    <div className="flex max-w-xl flex-col items-start gap-3 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">
        Blnk has no {kind} with the ID <RequestedId />. Check the ID, or find the {kind} in the list.
      </p>
      <Link href={listHref} className={buttonVariants({ size: "sm" })}>
        Back to {listLabel}
      </Link>
    </div>
  );
}
