import type * as React from "react";
import { EditMetadataButton } from "@/components/metadata/edit-metadata-button";
import { LocalTime } from "@/components/ui/local-time";
import { DetailField, DetailList, IdValue, MetadataBlock, RecordSection, TextOrDash } from "./detail-list";

/**
 * A record's Details section (its fields as Blnk Cloud lists them, then Date created and the copyable ID) and
 * its metadata section, on the identity and ledger pages.
 */
export function RecordDetails({
  kind,
  id,
  fields,
  createdAt,
  metadataJson,
  metadataTitle,
  canEditMetadata = false,
}: {
  /** Names the ID field ("Identity ID") and the sections' heading IDs ("identity-details"). */
  kind: "Identity" | "Ledger";
  id: string;
  /** Text fields ("" shows as a dash), or a value drawn by the page (a count that streams in). */
  fields: { label: string; value: string | React.ReactElement }[];
  createdAt: string;
  metadataJson: string | null;
  /** Blnk Cloud's heading for the metadata: "Additional information" or "Extra information". */
  metadataTitle: string;
  /** "Edit metadata" beside the metadata's heading (an Operator's, on a record Core lets change it). */
  canEditMetadata?: boolean;
}) {
  const slug = kind.toLowerCase();
  return (
    <>
      <RecordSection id={`${slug}-details`} title="Details">
        <DetailList>
          {fields.map((field) => (
            <DetailField key={field.label} label={field.label}>
              {typeof field.value === "string" ? <TextOrDash value={field.value} /> : field.value}
            </DetailField>
          ))}
          <DetailField label="Date created">
            <LocalTime iso={createdAt} />
          </DetailField>
          <DetailField label={`${kind} ID`}>
            <IdValue id={id} copyLabel={`Copy ${slug} ID`} />
          </DetailField>
        </DetailList>
      </RecordSection>
      <RecordSection
        id={`${slug}-metadata`}
        title={metadataTitle}
        action={
          canEditMetadata ? <EditMetadataButton entityId={id} metadataJson={metadataJson} /> : undefined
        }
      >
        <MetadataBlock json={metadataJson} label="Metadata" />
      </RecordSection>
    </>
  );
}
