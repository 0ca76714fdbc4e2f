/**
 * Text that stands under a label or a heading (SPEC §3): a bold label on a line of its own, the
 * first prose under a heading, and a table given as an answer.
 */
import { model } from "../helpers/model";

const definitionsOf = (text: string) => model(`#incubator\nupstream: [[Routers]]\n\n${text}`).definitions.map((d) => [d.term, d.text, d.line]);

describe("a bold label on a line of its own", () => {
  const under = "The ports that send packets on to the link.";

  test.each([
    ["**Output ports**:", "a colon after the bold"],
    ["**Output ports**：", "a full-width colon"],
    ["__Output ports__ : ", "underscores, white space around the colon"],
  ])("%s (%s): the paragraph under it defines it", (label) => {
    expect(definitionsOf(`${label}\n\n${under}`)).toEqual([["Output ports", under, 6]]);
  });

  test.each([
    ["**Output ports:**", "a colon inside the bold heads examples and uses as often as definitions"],
    ["**Output ports**", "no colon"],
  ])("%s (%s): only a paragraph that starts with its words defines it", (label) => {
    expect(definitionsOf(`${label}\n\n${under}`)).toEqual([]);
    expect(definitionsOf(`${label}\n\nOutput ports send packets on to the link.`)).toEqual([["Output ports", "Output ports send packets on to the link.", 6]]);
  });

  test("a remark or a heading word is no label, and text after the colon makes the line an item of its own", () => {
    expect(definitionsOf(`**Note**:\n\n${under}`)).toEqual([]);
    expect(definitionsOf("**Benefits:**\n\nBenefits include speed and a small bill.")).toEqual([]);
    expect(definitionsOf(`**Output ports**: and more\n\n${under}`)).toEqual([]);
  });

  test("a label over code defines nothing", () => {
    expect(definitionsOf("**Output ports**:\n\n```\nsend()\n```")).toEqual([]);
  });
});

describe("the first prose under a heading", () => {
  const says = "Redis is an in-memory data store.";

  test("rules between the heading and the text are passed over", () => {
    expect(definitionsOf(`## Redis\n\n---\n\n***\n\n${says}`)).toEqual([["Redis", says, 10]]);
  });

  test("a quote under an overview heading defines the note's subject", () => {
    expect(model("#incubator\nupstream: [[Stores]]\n\n## Overview\n\n> Redis is an in-memory data store.", "Redis.md").definitions.map((d) => [d.term, d.text])).toEqual([["Redis", says]]);
  });

  test.each([
    ["code", "```\nredis-cli\n```"],
    ["a sub-heading", "### Intro"],
    ["a table", "| a | b |\n| - | - |\n| 1 | 2 |"],
  ])("text after %s is not the heading's", (_name, first) => {
    expect(definitionsOf(`## Redis\n\n${first}\n\n${says}`).filter(([term]) => term === "Redis")).toEqual([]);
  });
});

describe("a callout as an answer", () => {
  test("its title on a line of its own, then its text, without the [!type] marker", () => {
    const note = model("#incubator\nupstream: [[Redis]]\n\n## Why use Redis?\n\n> [!tip]- Speed\n> It is **fast**.\n> And simple.\n\n## Why not?\n\n> [!warning]\n> Memory is costly.\n\n## Why at all?\n\n> [!note] Only a title");
    expect(note.questions.map((q) => q.answer)).toEqual(["Speed\nIt is fast. And simple.", "Memory is costly.", "Only a title"]);
  });
});

describe("a table as an answer", () => {
  test("its rows as lines, cells joined by a bar, without the delimiter row, outer bars or marks", () => {
    const note = model("#incubator\nupstream: [[Redis]]\n\n## Why use Redis?\n\n  | Need | Use |  \n|---|:-:|\n| **speed** | `GET` |\n| [[Cache]] | TTL |\n|a|b|\n\nIt is simple.");
    expect(note.questions.map((q) => q.answer)).toEqual(["Need | Use\nspeed | GET\nCache | TTL\na | b\nIt is simple."]);
  });

  test("a table written without outer bars", () => {
    const note = model("#incubator\nupstream: [[Redis]]\n\n## Why use Redis?\n\nNeed | Use\n---|---\nspeed | GET\n");
    expect(note.questions.map((q) => q.answer)).toEqual(["Need | Use\nspeed | GET"]);
  });
});
