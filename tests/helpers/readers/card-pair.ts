export interface CardPair {
  question: string;
  answer: string;
}

/** HTML comments are invisible when a tool renders a card. */
export function withoutComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, "").trim();
}
