/**
 * After midnight, until a cut-off hour (Settings, 04:00 by default), Today first asks whether the
 * review is about the evening before: at 00:40 "today" is already the new day.
 * e.g. (00:40, cut-off 4, Today with no day in its address, no entry today) → true;
 * (04:10, 4, …) → false; (00:40, 0 = never, …) → false; an entry already written today → false.
 */
export function offersLateReview(now: Date, cutoffHour: number, todayHasEntries: boolean, explicitDay: boolean): boolean {
  return !explicitDay && !todayHasEntries && now.getHours() < cutoffHour;
}
