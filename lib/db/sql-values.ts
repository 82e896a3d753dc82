/** Values bound into raw SQL the same way everywhere the directory searches. */
import { Prisma } from '@/lib/generated/prisma/client';

/** A text[] of bound parameters (an empty list is a typed empty array, not a syntax error). */
export const textArray = (items: readonly string[]) =>
  items.length === 0 ? Prisma.sql`ARRAY[]::text[]` : Prisma.sql`ARRAY[${Prisma.join(items.map((item) => Prisma.sql`${item}`))}]::text[]`;
