/** The formats `export` writes: Article JSON lines, a quotes table, schema.org JSON-LD. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
