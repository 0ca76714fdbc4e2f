/**
 * Approval testing: the expected output is a file committed next to the test. A reviewer reads
 * a change of behaviour as a diff of that file. `APPROVE=1 npx jest …` writes the received
 * output as the new approved file; without it, a difference fails the test.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";

export function verifyApproved(received: string, approvedPath: string): void {
  if (process.env.APPROVE === "1") writeFileSync(approvedPath, received);
  if (!existsSync(approvedPath)) throw new Error(`No approved file ${approvedPath}; run with APPROVE=1 and review it.`);
  expect(received).toBe(readFileSync(approvedPath, "utf8"));
}
