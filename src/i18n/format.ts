// Dates and times as the guest reads them, in the UI's language: the one place src/ formats a date (a test
// fails on any other toLocaleString, toLocaleDateString or toLocaleTimeString call in src/).
const STYLES = {
  /** The fake clock in the app bar and the studio: "Dec 3, 2026, 9:41 AM". */
  clock: { dateStyle: "medium", timeStyle: "short" },
  /** When an e-mail or a text message arrived, to the second: "12/3/2026, 9:41:07 AM". */
  received: { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" },
  /** A day: "12/3/2026" (a permanent deletion, a block). */
  day: { year: "numeric", month: "numeric", day: "numeric" },
  /** A time of day: "09:41 AM" (when a lock-out ends). */
  time: { hour: "2-digit", minute: "2-digit" },
  /** A month's name: "January" (read in UTC, so a UTC date's own month everywhere). */
  month: { month: "long", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

/** `when` (a Date, an ISO string or epoch milliseconds) in `language`; an invalid date reads "Invalid Date". */
export function formatDate(when: Date | string | number, language: string, style: DateStyle): string {
  return new Date(when).toLocaleString(language, STYLES[style]);
}
