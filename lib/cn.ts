import { type ClassValue, clsx } from "clsx";

/**
 * Joins class names. There is no conflict resolution (tailwind-merge cost every page ~9 KiB of gzip JS): two
 * utilities for one property have no defined winner, so components take props (`align`, `shape`) or leave a
 * property unset for their callers, instead of being overridden with a conflicting class.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
