import type { Response } from 'express';

/** What res.type('application/json') sets, worked out once instead of per answer. */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Sends JSON that is already serialized. */
export function sendJson(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', JSON_CONTENT_TYPE);
  res.send(body);
}
