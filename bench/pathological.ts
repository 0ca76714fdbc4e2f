/** The pathological inputs of the hardening tests, shared with the benchmark. */
export const PATHOLOGICAL: Record<string, () => string> = {
  "1 MB line of **": () => "**".repeat(512 * 1024),
  "100,000 [[": () => "[[".repeat(100_000),
  "50,000 nested >": () => ">".repeat(50_000) + " text",
  "10,000-deep list": () => Array.from({ length: 10_000 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n"),
  "1 MB of backticks": () => "`".repeat(1024 * 1024),
  "100,000 headings": () => Array.from({ length: 100_000 }, (_, i) => `${"#".repeat((i % 6) + 1)} Heading ${i}`).join("\n"),
  "1 MB of # and spaces": () => "# ".repeat(512 * 1024),
  "100,000 %% markers": () => "%% ".repeat(100_000),
  "100,000 lines of | a |": () => Array.from({ length: 100_000 }, () => "| a | b |").join("\n"),
  "1 MB of <!--": () => "<!--".repeat(256 * 1024),
  "100,000 bold terms": () => Array.from({ length: 100_000 }, (_, i) => `**T${i}** is x.`).join("\n\n"),
  "200,000 links on a line": () => "[a](b) ".repeat(200_000),
  "spaces then x": () => " ".repeat(1_000_000) + "x",
  "1 MB of mojibake": () => "â€™".repeat(350_000),
  "100,000 upstream: lines": () => "upstream: \n".repeat(100_000),
};
