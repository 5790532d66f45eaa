import { decodeCursor, encodeCursor, type CursorValues } from '../cursor.js';
import type { Row } from './database.js';

export interface OrderColumn {
  /** SQL expression in the query. */
  expr: string;
  /** Name of the selected column holding the value. */
  field: string;
  direction: 'ASC' | 'DESC';
  type: 'string' | 'integer';
}

/**
 * Keyset pagination: rows strictly after the cursor in the given order, written out as
 * (a < x) OR (a = x AND b > y) ... so columns may sort in different directions.
 */
export class Keyset {
  constructor(
    readonly list: string,
    readonly columns: OrderColumn[],
  ) {}

  orderBy(): string {
    return this.columns.map((column) => `${column.expr} ${column.direction}`).join(', ');
  }

  /** The rows after the cursor, as a condition; with the cursor's own values. */
  after(
    cursor: string | undefined,
  ): { sql: string; params: unknown[]; values: CursorValues } | null {
    if (cursor === undefined) return null;
    const values = decodeCursor(
      cursor,
      this.list,
      this.columns.map((column) => column.type),
    );
    const alternatives: string[] = [];
    const params: unknown[] = [];
    this.columns.forEach((column, i) => {
      const equal = this.columns.slice(0, i).map((previous) => `${previous.expr} = ?`);
      const beyond = `${column.expr} ${column.direction === 'DESC' ? '<' : '>'} ?`;
      alternatives.push(`(${[...equal, beyond].join(' AND ')})`);
      params.push(...values.slice(0, i), values[i]);
    });
    return { sql: `(${alternatives.join(' OR ')})`, params, values };
  }

  /** The page and its `next` cursor; the query fetched limit + 1 rows to know if more follow. */
  page<T>(
    rows: Row[],
    limit: number,
    toItem: (row: Row) => T,
  ): { items: T[]; next: string | null } {
    const more = rows.length > limit;
    const kept = more ? rows.slice(0, limit) : rows;
    const last = kept[kept.length - 1];
    const next =
      more && last
        ? encodeCursor(
            this.list,
            this.columns.map((column) => {
              const value = last[column.field];
              return (
                column.type === 'integer' ? Number(value) : String(value)
              ) as CursorValues[number];
            }),
          )
        : null;
    return { items: kept.map(toItem), next };
  }
}
