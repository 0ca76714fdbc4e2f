/** Paths stay inside the vault; keys from notes cannot pollute objects; note text is never markup. */
import { parseFrontmatter } from "../../src/core/note/frontmatter";
import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { PathLinkResolver } from "../../src/core/vault/link-resolver";
import { normaliseVaultPath, PathError } from "../../src/core/vault/vault-path";

describe("paths from settings, the command line or a note", () => {
  test.each([
    ["Quizzes", "Quizzes"],
    ["./Quizzes/", "Quizzes"],
    ["a/./b//c/", "a/b/c"],
    ["a/../b", "b"],
    ["a\\b", "a/b"],
    ["  spaced name ", "spaced name"],
    ["Reading: 2024/Books", "Reading: 2024/Books"],
  ])("%j is normalised to %j", (input, expected) => {
    expect(normaliseVaultPath(input)).toBe(expected);
  });

  test.each(["..", "../x", "a/../../x", "/etc", "//server/share", "C:\\Users", "c:/x", "\\\\server\\x", "a/\u0000/b", "Quiz\tnotes/x"])("%j is refused", (input) => {
    expect(() => normaliseVaultPath(input)).toThrow(PathError);
  });

  test("the refusal names the setting and the path, and says what is wrong", () => {
    expect(() => normaliseVaultPath("/etc")).toThrow('the path "/etc" must be inside the vault (a relative path)');
    expect(() => normaliseVaultPath("../x", "quiz folder")).toThrow('the quiz folder "../x" points outside the vault');
    expect(() => normaliseVaultPath("Quiz\tnotes", "quiz folder")).toThrow('the quiz folder "Quiz\tnotes" contains a control character');
  });

  test("a link in a note cannot point outside the vault", () => {
    const resolver = new PathLinkResolver();
    resolver.add("Notes/A.md");
    expect(resolver.resolve("../../../etc/passwd", "Notes/A.md")).toBeNull();
    expect(resolver.resolve("../A", "Notes/Sub/B.md")).toBe("Notes/A.md");
  });
});

describe("keys from a note's frontmatter", () => {
  test("__proto__ and constructor are plain keys and pollute nothing", () => {
    const fm = parseFrontmatter(["__proto__: polluted", "constructor: x", "tags: [incubator]", "upstream: \"[[Up]]\""], 2);
    expect(fm.values.get("__proto__")).toBe("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    const json = parseFrontmatter(['{"__proto__": {"polluted": true}, "tags": "incubator"}'], 2);
    expect(json.values.get("tags")).toBe("incubator");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const model = parseNote("P.md", "---\n__proto__: polluted\nconstructor: x\ntags: incubator\n---\n**X** is y.", defaultCoreSettings());
    expect(model.isIncubator).toBe(true);
  });
});
