import { DetailField, DetailList, MetadataBlock, TextOrDash } from "@/components/record/detail-list";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import type { IdentityField } from "@/lib/identities/fields";

/** The identity's fields as Blnk Cloud lists them, then its metadata ("Additional information"). */
export function IdentityDetails({
  id,
  fields,
  createdAt,
  metadataJson,
}: {
  id: string;
  fields: IdentityField[];
  createdAt: string;
  metadataJson: string | null;
}) {
  return (
    <>
      <section aria-labelledby="identity-details" className="flex flex-col gap-3">
        <h2 id="identity-details" className="text-base font-semibold">
          Details
        </h2>
        <DetailList>
          {fields.map((field) => (
            <DetailField key={field.label} label={field.label}>
              <TextOrDash value={field.value} />
            </DetailField>
          ))}
          <DetailField label="Date created">
            <LocalTime iso={createdAt} />
          </DetailField>
          <DetailField label="Identity ID">
            <span className="inline-flex items-center gap-1.5">
              <code className="font-mono text-xs break-all">{id}</code>
              <CopyButton value={id} label="Copy identity ID" />
            </span>
          </DetailField>
        </DetailList>
      </section>
      <section aria-labelledby="identity-metadata" className="flex flex-col gap-3">
        <h2 id="identity-metadata" className="text-base font-semibold">
          Additional information
        </h2>
        <MetadataBlock json={metadataJson} label="Metadata" />
      </section>
    </>
  );
}
