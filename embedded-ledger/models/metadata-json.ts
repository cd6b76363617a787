// meta_data leaves Core through Go's encoding/json, which writes map keys in sorted order at every depth;
// jsonb reorders keys by length instead, so responses re-sort them to match Core byte for byte.
import { isPlainObject } from "../http/bind";

export function goMapOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(goMapOrder);
  if (!isPlainObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = goMapOrder(value[key]);
  return sorted;
}

/** The stored meta_data as an object to merge into: anything but an object (null, a scalar) counts as empty. */
export function asMetadataObject(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}
