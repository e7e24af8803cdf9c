/**
 * Saves text as a file the reader downloads: a blob URL clicked through an
 * `<a download>`, which needs no `downloads` permission. The URL is revoked
 * once the browser has taken the file.
 */
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
}
