/**
 * The least evidence before the app says anything about a client: at least five rated days with
 * the client and five without. Why five: below it a single unusual day moves the mean by a fifth
 * of its size or more; the spread itself is guessed from four or fewer degrees of freedom, so the
 * t multiplier is ≥ 2.78 and Welch's interval is unreliable for skewed 1–5 scores; and five days is
 * about one working week with a client — a first, honest point at which to show a number.
 * Shared by the plain comparison, the adjusted model and the trend windows.
 */
export const MIN_DAYS_WITH = 5;
export const MIN_DAYS_WITHOUT = 5;
