/**
 * Save an HTML chart (a table drawn as a heat map or a matrix) as an image: the element is
 * cloned with its computed look inlined and placed in an SVG `<foreignObject>` under the
 * caption, so the SVG file opens in any browser and rasterises to PNG like the SVG charts.
 * Visually hidden text (.sr-only) and controls marked no-print are left out of the picture.
 */
import { captionedSvg, captionHeight, type ChartCaption } from './chart-image';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that decide how a table cell looks; layout beyond them is the table's own. */
const HTML_PROPS = [
  'display',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'margin',
  'padding',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-radius',
  'border-collapse',
  'border-spacing',
  'background-color',
  'background-image',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-align',
  'vertical-align',
  'white-space',
  'text-decoration',
  'letter-spacing',
  'opacity',
  'visibility',
  'outline',
  'table-layout',
  'flex-direction',
  'flex-wrap',
  'align-items',
  'justify-content',
  'gap',
  'caption-side',
] as const;

/** Left out of the picture: screen-reader-only text and on-screen controls. */
function hidden(el: Element): boolean {
  if (el.classList.contains('sr-only') || el.classList.contains('no-print')) return true;
  return getComputedStyle(el).display === 'none';
}

function inline(source: Element, target: Element, drop: Element[]): void {
  const cs = getComputedStyle(source);
  target.setAttribute('style', HTML_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  target.removeAttribute('class');
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) {
    if (hidden(s[i])) drop.push(t[i]);
    else if (s[i] instanceof HTMLElement) inline(s[i], t[i], drop);
  }
}

/** A standalone SVG document showing the HTML element `el` as it looks on screen, captioned. */
export function htmlDocument(el: HTMLElement, caption: ChartCaption): string {
  // The whole element, also the part scrolled out of its box on a narrow screen.
  const width = Math.max(1, Math.ceil(Math.max(el.scrollWidth, el.getBoundingClientRect().width)));
  // Slack below: text in the picture may lay out a little taller than on screen.
  const height = Math.max(1, Math.ceil(Math.max(el.scrollHeight, el.getBoundingClientRect().height) * 1.03) + 8);
  const clone = el.cloneNode(true) as HTMLElement;
  const drop: Element[] = [];
  inline(el, clone, drop);
  for (const d of drop) d.remove();
  clone.style.setProperty('overflow', 'visible');
  clone.style.setProperty('max-width', 'none');
  clone.style.setProperty('width', `${width}px`);
  clone.style.setProperty('margin', '0');
  const fo = document.createElementNS(SVG_NS, 'foreignObject');
  fo.setAttribute('x', '0');
  fo.setAttribute('y', String(captionHeight(caption)));
  fo.setAttribute('width', String(width));
  fo.setAttribute('height', String(height));
  const body = document.createElementNS(XHTML_NS, 'div');
  body.setAttribute('style', `font-family:${getComputedStyle(el).fontFamily};background:#ffffff`);
  body.append(clone);
  fo.append(body);
  return captionedSvg(fo, width, height, caption);
}
