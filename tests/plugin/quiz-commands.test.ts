/** The quiz and overview commands in the plugin, through the fake Obsidian API. */
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import { Plugin } from "obsidian-test-mocks/obsidian";
import IncubatorPlugin from "../../src/plugin/main";
import { ObsidianNoteStore } from "../../src/plugin/obsidian-store";
import { VIEW_TYPE_INCUBATOR, type IncubatorView } from "../../src/plugin/panel/incubator-view";
import { captureNotices, fakeApp, installLayoutShim, mountPanel, openInEditor, settle } from "../helpers/fake-obsidian";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;
const SEED = "AWS/EC2 Instance Storage.md";
const QUIZ = "Incubator quizzes/EC2 Instance Storage quiz.md";

installLayoutShim();

async function setUp() {
  const fake = fakeApp(readVault(EXAMPLE_VAULT));
  const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
  await plugin.onload();
  fake.layoutReady();
  await plugin.sync.whenReady();
  const commands = (plugin as unknown as Plugin).commands__;
  const notices = captureNotices();
  return { fake, plugin, commands, notices };
}

describe("quiz commands", () => {
  afterEach(() => jest.restoreAllMocks());

  test("for the current note: only offered on an incubator note; creates the folder and the quiz once", async () => {
    const { fake, commands } = await setUp();
    const command = commands.get("generate-quiz-current-note");
    await openInEditor(fake, "AWS/EC2.md");
    expect(command?.checkCallback?.(true)).toBe(false);
    await openInEditor(fake, SEED);
    expect(command?.checkCallback?.(true)).toBe(true);
    command?.checkCallback?.(false);
    await settle();
    const text = await fake.app.vault.read(fake.file(QUIZ));
    expect(text).toContain("What are EBS Snapshots?::EBS Snapshots are point-in-time copies");
    const modified = jest.fn();
    fake.app.vault.on("modify", modified);
    command?.checkCallback?.(false);
    await settle();
    expect(modified).not.toHaveBeenCalled();
  });

  test("for the current group, for all notes, and the overview", async () => {
    const { fake, commands } = await setUp();
    await openInEditor(fake, SEED);
    commands.get("generate-quiz-current-group")?.checkCallback?.(false);
    commands.get("generate-quiz-all")?.callback?.();
    commands.get("generate-overview")?.callback?.();
    await settle();
    const files = fake.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith("Incubator"));
    expect(files).toEqual(expect.arrayContaining(["Incubator quizzes/EC2 quiz.md", QUIZ, "Incubator quizzes/Subnetting quiz.md", "Incubator overview.md"]));
    // 15 notes (CAP Theorem's BOM frontmatter is not read at start-up, see panel.test.ts) and one group.
    expect(files.filter((p) => p.startsWith("Incubator quizzes/"))).toHaveLength(17);
  });

  test("a quiz folder outside the vault is refused with a notice, and nothing is written", async () => {
    const { fake, plugin, notices } = await setUp();
    plugin.settings.quiz.folder = "../outside";
    const before = fake.app.vault.getFiles().length;
    await plugin.quiz.quizNote(SEED);
    expect(fake.app.vault.getFiles().length).toBe(before);
    expect(notices.some((n) => n.includes("points outside the vault"))).toBe(true);
  });

  test("the store does not overwrite a note that changed since it was read", async () => {
    const { fake } = await setUp();
    const store = new ObsidianNoteStore(fake.api as ObsidianApp);
    expect(await store.write("AWS/EC2.md", "not what it holds", "new text")).toBe(false);
    expect(await store.write("AWS/EC2.md", null, "new text")).toBe(false);
    expect(await fake.app.vault.read(fake.file("AWS/EC2.md"))).toContain("# EC2");
  });

  test("the panel's quiz buttons", async () => {
    const { fake, plugin } = await setUp();
    const view = await mountPanel<IncubatorView>(fake, plugin, VIEW_TYPE_INCUBATOR);
    const ec2 = Array.from(view.contentEl.querySelectorAll(".incubator-group")).find((g) => g.querySelector(".incubator-group-name")?.textContent === "EC2");
    (ec2?.querySelector(".incubator-group-quiz") as HTMLButtonElement).click();
    await settle();
    expect(fake.app.vault.getFileByPath("Incubator quizzes/EC2 quiz.md")).not.toBeNull();
    document.body.empty();
  });
});
