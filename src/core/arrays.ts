/**
 * Appends without spreading into a call: `push(...items)` passes every item as an argument and
 * overflows the stack on a few hundred thousand (a line of 200,000 links, say).
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
