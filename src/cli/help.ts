/** What `incubator --help` and `incubator <command> --help` print. */
import { ALL_CARD_KINDS, DEFAULT_CARD_KINDS } from "../core/quiz/card";
import { QUIZ_FORMATS } from "../core/quiz/formats";

const FORMATS = Object.keys(QUIZ_FORMATS).join(", ");

const NOTES = `<note> is a note's path in the vault, its name, or a link to it: "AWS/EC2 Instance Storage.md",
"EC2 Instance Storage" and "[[EC2 Instance Storage]]" name the same note. A name that fits
several notes, or none, is refused with the notes it could mean.`;

const COMMON = `Options for every command:
  --tag T            the incubator tag (default: incubator)
  --upstream-keys K  comma-separated field names for the upstream link (default: upstream,up,parent)
  --max-note-bytes N notes larger than N bytes are skipped and reported (default: 5242880)`;

interface CommandHelp {
  synopsis: string;
  summary: string;
  details: string;
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
  summary: {
    synopsis: "summary <vault> [--json]",
    summary: "incubator notes grouped by upstream, with definitions, comparisons, questions, problems and readiness",
    details: `Prints every incubator note under its upstream topic: its definitions, comparisons, questions,
problems and whether it is ready for promotion. --json prints the same as JSON (SPEC §8), and
nothing else goes to stdout.`,
  },
  check: {
    synopsis: "check <vault> [--json]",
    summary: "problems only; exit 1 when any note has one",
    details: `Prints one line a problem, "path:line: code: message", as editors and CI read them, then a
tally: "N problems in M notes of T." (T: the incubator notes), or "T incubator notes, no
problems.". Files that could not be read are listed as "path:0: code: message". --json prints
[{path, problems: [{code, message, line}]}]. Exit 1 when any note has a problem or a file
could not be read, 0 otherwise.`,
  },
  quiz: {
    synopsis: "quiz <vault> (<note>… | --upstream NAME | --all) [--format F] [--out DIR] [--deck D] [--kinds K1,K2] [--dry-run]",
    summary: "write quiz notes",
    details: `Writes a quiz note for each named note, for the notes under one upstream (--upstream), or for
every incubator note (--all), into --out (default: "Incubator quizzes"). Generating again keeps
review data, edited cards and your own text. A note that gives no card gets no quiz note.
  --format F   ${FORMATS} (default: spaced-repetition)
  --deck D     the top deck (default: Incubator)
  --kinds K    comma-separated card kinds: ${ALL_CARD_KINDS.join(", ")}
               (default: ${DEFAULT_CARD_KINDS.join(", ")})
  --dry-run    say what would be written, and write nothing
${NOTES}`,
  },
  overview: {
    synopsis: "overview <vault> [--out FILE] [--dry-run]",
    summary: "write the incubator overview note",
    details: `Writes one review note (default: "Incubator overview.md") with every incubator note under its
upstream: glossary, comparison tables, questions, readiness and problems. Entries you edit and
text outside the generated region are kept.
  --dry-run    say what would be written, and write nothing`,
  },
  promote: {
    synopsis: "promote <vault> (<note>… | --ready) [--to-tag T] [--move-to DIR] [--update-links] [--link-upstream] [--date] [--fix-encoding] [--dry-run] [--force]",
    summary: "promote notes out of the incubator; the plan is printed as a diff first",
    details: `Replaces the incubator tag of the named notes (or of every ready note: --ready) and prints
the plan as a diff. Exit 1 when a note is refused (not ready; --force promotes it anyway).
  --to-tag T       the tag that replaces it (default: evergreen; "" removes the tag)
  --move-to DIR    move the notes to this folder; links the move would break are listed
  --update-links   rewrite those links as part of the plan
  --link-upstream  add a link to the note in its upstream note
  --date           add a "promoted" property with today's date
  --fix-encoding   repair mojibake (UTF-8 read as Windows-1252)
  --dry-run        print the plan, and write nothing
${NOTES}`,
  },
};

export function generalHelp(): string {
  const commands = Object.values(COMMAND_HELP)
    .map((c) => `  ${c.synopsis}\n      ${c.summary}`)
    .join("\n");
  return `Usage: incubator <command> <vault> [options]

Commands:
${commands}

${COMMON}
  --help             this help; "incubator <command> --help" says more about a command
  --version          the version
`;
}

export function commandHelp(name: string): string {
  const help = COMMAND_HELP[name];
  return `Usage: incubator ${help.synopsis}

${help.summary.charAt(0).toUpperCase()}${help.summary.slice(1)}.

${help.details}

${COMMON}
  --help             this help
`;
}
