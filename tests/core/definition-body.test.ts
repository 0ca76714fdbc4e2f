/** A definition's text shown beside its term does not say the term again. */
import { definitionBody } from "../../src/core/report/definition-body";

const d = (term: string, text: string, aliases: string[] = []) => ({ term, aliases, text, heading: "", line: 1 });

test.each([
  [d("Amazon Machine Images", "Amazon Machine Images (AMIs) serve as the templates.", ["AMIs"]), "serve as the templates."],
  [d("AWS Lambda", "AWS Lambda is a service that runs code."), "a service that runs code."],
  [d("cold start", "A cold start is the delay before the first call."), "the delay before the first call."],
  [d("EBS", "Amazon EBS is block storage.", ["Elastic Block Store"]), "Amazon EBS is block storage."],
  [d("Vector", "Vectors are growable arrays."), "Vectors are growable arrays."],
  [d("Deque", "Deque."), "Deque."],
  [d("CAP Theorem", "The CAP theorem states that a store can keep two of three."), "states that a store can keep two of three."],
  [d("Widget", "Widget is a part with:\n- a handle"), "a part with:\n- a handle"],
])("%#: %j", (definition, shown) => {
  expect(definitionBody(definition)).toBe(shown);
});

test.each([
  ["the term alone before a bracketed short form", d("Amazon Machine Images", "Amazon Machine Images (AMIs) serve as templates."), "serve as templates."],
  ["the longer of two names that start alike", d("Amazon EC2", "Amazon EC2 Instance is a virtual machine.", ["Amazon EC2 Instance"]), "a virtual machine."],
  ["a text that is only the term", d("Widget", "Widget"), "Widget"],
  ["a term that is the start of a longer word", d("Net", "Network is a graph."), "Network is a graph."],
  ["a bracket that never closes", d("Pod", "Pod (a group is…"), "(a group is…"],
  ["a bracket further on, not right after the term", d("Widget", "Widget is a part (small) of a machine."), "a part (small) of a machine."],
])("%s", (_name, definition, shown) => {
  expect(definitionBody(definition)).toBe(shown);
});

// Only a term the text opens with (after an article) is left out; one named later stays where it is.
test.each(["Many people call Gadget a tool.", "Also called a Gadget, it is a tool.", "See Gadget: a tool.", "In short, the Gadget is a tool."])("a text that names the term later is shown whole: %s", (text) => {
  expect(definitionBody(d("Gadget", text))).toBe(text);
});
