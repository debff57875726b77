/** The two editors' documents. Schemas are associated by these URIs. Free of Monaco imports. */
export const editorPaths = {
  manifests: 'manifests.yaml',
  restore: 'restore.yaml',
} as const;

export type EditorPath = (typeof editorPaths)[keyof typeof editorPaths];

export function toModelUri(path: string): string {
  return `file:///${path}`;
}
