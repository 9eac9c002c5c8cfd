/**
 * Save a chart as it is drawn: SVG charts as a standalone SVG file (computed styles inlined, so
 * the file looks the same outside the app) or a PNG; Canvas charts as a PNG. A caption line
 * (title, filter, data version, and the ILLUSTRATIVE stamp when the chart uses generated data)
 * is drawn into the image, because a picture travels without the page around it.
 */

/** Style properties that decide how an SVG mark looks; anything else is left to defaults. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a saved image says about itself. */
export interface ChartCaption {
  title: string;
  /** e.g. "All 193 UN member states · data version 3f9c…" */
  detail?: string;
  /** true when the chart shows generated (illustrative) data: a red stamp goes on the image */
  illustrative?: boolean;
}

const STAMP = 'ILLUSTRATIVE — NOT STATE DATA';

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  const decl = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', decl);
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) inlineStyles(s[i], t[i]);
}

function captionLines(c: ChartCaption): string[] {
  return [c.title, ...(c.detail ? [c.detail] : []), ...(c.illustrative ? [STAMP] : [])];
}

/** A standalone SVG document for an on-screen `<svg>`, with its caption above the chart. */
export function svgDocument(svg: SVGSVGElement, caption: ChartCaption): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('y', String(captionHeight(caption)));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return captionedSvg(clone, width, height, caption);
}

/**
 * An SVG file of `width` × `height` content placed under the caption (white background, caption
 * lines as text). Shared by SVG charts and HTML charts (tables drawn as heat maps).
 */
export function captionedSvg(content: Element, width: number, height: number, caption: ChartCaption): string {
  const doc = document.createElementNS(SVG_NS, 'svg');
  const total = height + captionHeight(caption);
  doc.setAttribute('xmlns', SVG_NS);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(total));
  doc.setAttribute('viewBox', `0 0 ${width} ${total}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  doc.append(bg);
  captionLines(caption).forEach((line, i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(18 + i * 18));
    t.setAttribute(
      'style',
      `font-family:system-ui,sans-serif;font-size:${i === 0 ? 14 : 12}px;font-weight:${i === 0 || line === STAMP ? 700 : 400};fill:${line === STAMP ? '#b00020' : '#1d232b'}`,
    );
    t.textContent = line; // text, never markup
    doc.append(t);
  });
  doc.append(content);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Height of the caption band above the chart, in CSS pixels. */
export function captionHeight(c: ChartCaption): number {
  return 10 + captionLines(c).length * 18;
}

/** Rasterise an SVG document string to PNG bytes at `scale` × its size (sharp on print). */
export async function svgToPng(svgText: string, scale = 2): Promise<Uint8Array> {
  // Chromium taints a canvas that drew a blob: SVG holding <foreignObject> (HTML charts); the
  // same picture from a data: URL does not, so those go that way.
  const html = svgText.includes('<foreignObject');
  const url = html
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`
    : URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await canvasPng(canvas);
  } finally {
    if (!html) URL.revokeObjectURL(url);
  }
}

/** A picture and its size in CSS pixels. */
export interface PngImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** A `<canvas>` chart as a PNG, with the caption painted above it. */
export async function canvasChartPng(source: HTMLCanvasElement, caption: ChartCaption): Promise<PngImage> {
  const lines = captionLines(caption);
  const top = captionHeight(caption);
  // Device pixels per CSS pixel of the on-screen canvas (charts draw at devicePixelRatio).
  const k = source.width / Math.max(1, source.clientWidth || source.width);
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = Math.round(source.height + top * k);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  lines.forEach((line, i) => {
    ctx.font = `${i === 0 || line === STAMP ? 700 : 400} ${(i === 0 ? 14 : 12) * k}px system-ui, sans-serif`;
    ctx.fillStyle = line === STAMP ? '#b00020' : '#1d232b';
    ctx.fillText(line, 8 * k, (18 + i * 18) * k);
  });
  ctx.drawImage(source, 0, top * k);
  return { bytes: await canvasPng(out), width: Math.round(out.width / k), height: Math.round(out.height / k) };
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) =>
        b ? b.arrayBuffer().then((a) => resolve(new Uint8Array(a)), reject) : reject(new Error('PNG encoding failed')),
      'image/png',
    ),
  );
}

/** A file-name-safe slug, e.g. "norm-g-by-group". */
export function imageSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/** Wrap a PNG in an SVG file (for canvas charts, which have no vector form). */
export function pngInSvg(png: PngImage): string {
  let bin = '';
  for (let i = 0; i < png.bytes.length; i += 0x8000) bin += String.fromCharCode(...png.bytes.subarray(i, i + 0x8000));
  const { width: w, height: h } = png;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><image width="${w}" height="${h}" href="data:image/png;base64,${btoa(bin)}"/></svg>`;
}
