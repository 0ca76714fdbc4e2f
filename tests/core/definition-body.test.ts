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
