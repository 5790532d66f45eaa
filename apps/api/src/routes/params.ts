import { z } from 'zod';

const id = z.string().min(1).max(200);

export const IdParams = z.object({ id }).strict();
export const ArticleEntityParams = z.object({ id, entityId: id }).strict();
