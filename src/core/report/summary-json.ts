/** The `summary --json` contract of SPEC §8: exactly these keys, in this order. */
import type { IndexSnapshot } from "../vault/vault-index";

export function summaryJson(snapshot: IndexSnapshot, tag: string): unknown {
  return {
    tag,
    notes: snapshot.notes.map((n) => ({
      path: n.path,
      title: n.title,
      upstream: n.upstream.map((u) => ({ link: u.link, path: u.path })),
      definitions: n.definitions.map((d) => ({ term: d.term, aliases: d.aliases, text: d.text, heading: d.heading, line: d.line })),
      comparisons: n.comparisons.map((c) => ({
        heading: c.heading,
        line: c.line,
        subjects: c.subjects,
        items: c.items.map((i) => ({ name: i.name, text: i.text, line: i.line, kind: i.kind })),
        summary: c.summary,
      })),
      questions: n.questions.map((q) => ({ question: q.question, answer: q.answer, heading: q.heading, line: q.line })),
      points: n.points.map((p) => ({
        kind: p.kind,
        subject: p.subject,
        heading: p.heading,
        line: p.line,
        ordered: p.ordered,
        items: p.items.map((i) => ({ label: i.label, text: i.text, line: i.line })),
      })),
      problems: n.problems.map((p) => ({ code: p.code, message: p.message, line: p.line })),
      ready: n.ready,
    })),
    groups: snapshot.groups.map((g) => ({ upstream: g.upstream, path: g.path, notes: g.notes })),
  };
}
