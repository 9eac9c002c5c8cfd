/** Hand bytes to the browser as a download (a temporary blob: URL, revoked after the click). */
export function saveFile(filename: string, bytes: Uint8Array, mediatype: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mediatype });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Fetch the shipped data's manifest once (data version for citations and datapackage.json). */
let manifest: Promise<{ version: string; sha256: string; built_at: string }> | null = null;
export function loadManifest(
  url = 'data/manifest.json',
): Promise<{ version: string; sha256: string; built_at: string }> {
  manifest ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
    return r.json();
  });
  return manifest;
}
