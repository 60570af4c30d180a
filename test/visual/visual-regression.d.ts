// The package's exports name `import` before `types`, so TypeScript resolves the browser entry to
// browser/commands.mjs and looks for a .d.mts it does not ship; its browser/commands.d.ts says this.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
