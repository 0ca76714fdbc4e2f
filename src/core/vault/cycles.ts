/**
 * Nodes that lie on a cycle of the upstream graph (Tarjan's strongly connected components,
 * iterative so that a chain of 50,000 notes cannot overflow the stack).
 */
export function nodesOnCycles(edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Set<string>();
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      // Stryker disable next-line ArrayDeclaration: equivalent; only nodes of the graph are visited.
      const targets = edges.get(frame.node) ?? [];
      // Stryker disable next-line EqualityOperator: equivalent; one step past the end reads no node and moves on.
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        // Stryker disable next-line ConditionalExpression: equivalent; a target outside the graph has no edges, so it closes no cycle.
        if (!edges.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent) as number, low.get(frame.node) as number));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) component.forEach((m) => result.add(m));
      }
    }
  }
  return result;
}
