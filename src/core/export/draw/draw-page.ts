import type { PageCanvas, Tagger } from './canvas';
import type { LinesItem, PageLayout, StructTag } from '../layout/flow';
import { STYLES } from '../layout/styles';
import type { StructElem, StructureTree } from '../pdf/structure';

/** A paragraph's role from its style when its section did not name one: headings by size, the rest P. */
function roleOfLines(item: LinesItem): StructTag['role'] {
  const style = item.lines[0]?.segments[0]?.style;
  if (style === STYLES.sectionTitle || style === STYLES.headline || style === STYLES.coverTitle) return 'H1';
  if (style === STYLES.h2) return 'H2';
  if (style === STYLES.h3) return 'H3';
  return 'P';
}

/**
 * Draws one page's placed items, each inside marked content: text and figures tied to their
 * structure elements (one MCID per run of an item on the page), rules and decorations as
 * artifacts. `langOf` names a document's language when it differs from the kit's.
 */
export function drawTaggedPage(
  canvas: PageCanvas,
  page: PageLayout,
  tree: StructureTree,
  langOf: (docId: string) => string | undefined,
): void {
  let open: object | null = null;
  /** The element of the item being drawn, and the cell of it being drawn (the item itself until a cell opens). */
  let itemElem: StructElem | null = null;
  let current: StructElem | null = null;
  const tagger: Tagger = {
    get current() {
      return current;
    },
    cell: (role) => {
      if (!itemElem) return null;
      current = tree.child(itemElem, role);
      return tree.mark(current, page.index);
    },
  };
  canvas.tagger = tagger;
  const close = () => {
    if (open !== null) canvas.endMarked();
    open = null;
    itemElem = null;
    current = null;
  };
  const begin = (item: object, tag: StructTag) => {
    const elem = tree.elementFor(item, tag);
    itemElem = elem;
    current = elem;
    canvas.beginTagged(elem.role, tree.mark(elem, page.index));
    open = item;
  };
  for (const placed of page.placed) {
    if (placed.kind === 'line') {
      if (open !== placed.item) {
        close();
        const tag: StructTag = placed.item.tag ?? { role: roleOfLines(placed.item) };
        const lang = placed.item.docId === undefined ? undefined : langOf(placed.item.docId);
        begin(placed.item, lang && !tag.lang ? { ...tag, lang } : tag);
      }
      canvas.line(placed.line, placed.x, placed.baseline);
    } else if (placed.kind === 'box') {
      close();
      if (placed.item.tag) begin(placed.item, placed.item.tag);
      else {
        canvas.beginArtifact();
        open = placed.item;
      }
      placed.item.draw(canvas, placed.x, placed.top, placed.width);
      close();
    } else {
      close();
      canvas.beginArtifact();
      placed.item.decorate?.(canvas, placed.x, placed.top, placed.bottom);
      canvas.endMarked();
    }
  }
  close();
  canvas.tagger = null;
}
