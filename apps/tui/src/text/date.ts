import { cleanLine } from '@sourcetrace/terminal-text';

/** The day of an ISO date or date-time ("2025-03-03"), safe to draw; empty when there is none. */
export function formatDate(value: string | null): string {
  return value ? cleanLine(value).slice(0, 10) : '';
}
