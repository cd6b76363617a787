// Creation times for new rows. Times leave the API with millisecond precision (formatTime), so rows are stamped
// from JS rather than Postgres' microsecond now(): a created_at read from a response then matches its row
// exactly in a filter. Each stamp is also strictly later than the previous one, so rows created in the same
// millisecond still list newest-first in creation order instead of by random id.
let lastStamp = 0;

export function creationTime(): Date {
  const now = Date.now();
  lastStamp = now > lastStamp ? now : lastStamp + 1;
  return new Date(lastStamp);
}
