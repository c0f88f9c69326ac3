/** The evening reminder: its Settings section, and the bridge that keeps the desktop shell (or the browser tab) informed. */
export { ReminderSection } from './ReminderSection';
export { ReminderBridge, latestReviewDay } from './ReminderBridge';
export { useNow } from './useNow';
