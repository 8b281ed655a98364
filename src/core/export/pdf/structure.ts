import { PDFArray, PDFName, PDFNumber, PDFString, type PDFContext, type PDFDict, type PDFObject, type PDFRef } from 'pdf-lib';
import type { StructTag } from '../layout/flow';

/** A structure element being built: its role, attributes and kids in reading order. */
interface Elem {
  ref: PDFRef;
  role: string;
  parent: Elem | null;
  alt?: string;
  lang?: string;
  /** Marked-content pieces ({page, mcid}), child elements and annotation references, in order. */
  kids: ({ page: number; mcid: number } | { elem: Elem } | { page: number; annot: PDFRef; key: number })[];
}

/** Roles whose consecutive siblings sit in one grouping element (list items in a list, rows in a table…). */
const GROUP_OF: Partial<Record<string, string>> = { LI: 'L', TR: 'Table', TOCI: 'TOC' };

/**
 * The tagged PDF's logical structure (ISO 32000-1 §14.7–14.8): a Document element whose kids are
 * the kit's blocks in reading order, each tied to the marked content drawn for it on every page
 * (MCIDs per page, a ParentTree back from page and MCID to element). Items the layout places are
 * turned into elements once, however many pages they span.
 */
export class StructureTree {
  private readonly root: Elem;
  private readonly byItem = new Map<object, Elem>();
  /** Page index → the element of each MCID on that page, by MCID. */
  private readonly pageMarks = new Map<number, Elem[]>();
  /** ParentTree entries for annotations: key → the Link element. */
  private readonly annotParents: { key: number; elem: Elem }[] = [];
  private nextAnnotKey: number;

  constructor(
    private readonly context: PDFContext,
    pageCount: number,
  ) {
    this.root = { ref: context.nextRef(), role: 'Document', parent: null, kids: [] };
    this.nextAnnotKey = pageCount;
  }

  /** The element of a flow item (made on first sight, grouped into L / Table / TOC with its siblings). */
  elementFor(item: object, tag: StructTag): Elem {
    let elem = this.byItem.get(item);
    if (elem) return elem;
    let parent = this.root;
    const group = GROUP_OF[tag.role];
    if (group) {
      const last = parent.kids.at(-1);
      if (last && 'elem' in last && last.elem.role === group) parent = last.elem;
      else {
        const g: Elem = { ref: this.context.nextRef(), role: group, parent, kids: [] };
        parent.kids.push({ elem: g });
        parent = g;
      }
    }
    elem = { ref: this.context.nextRef(), role: tag.role, parent, kids: [] };
    if (tag.alt) elem.alt = tag.alt;
    if (tag.lang) elem.lang = tag.lang;
    parent.kids.push({ elem });
    this.byItem.set(item, elem);
    return elem;
  }

  /** A child element of `parent` (a table row's cells). */
  child(parent: Elem, role: string): Elem {
    const elem: Elem = { ref: this.context.nextRef(), role, parent, kids: [] };
    if (parent.lang) elem.lang = parent.lang;
    parent.kids.push({ elem });
    return elem;
  }

  /** A new MCID on `page` for content of `elem`. */
  mark(elem: Elem, page: number): number {
    let marks = this.pageMarks.get(page);
    if (!marks) this.pageMarks.set(page, (marks = []));
    marks.push(elem);
    const mcid = marks.length - 1;
    elem.kids.push({ page, mcid });
    return mcid;
  }

  /** A Link element under `elem` for a link annotation; returns the annotation's /StructParent key. */
  link(elem: Elem, page: number, annot: PDFRef): number {
    const link = this.child(elem, 'Link');
    const key = this.nextAnnotKey++;
    link.kids.push({ page, annot, key });
    this.annotParents.push({ key, elem: link });
    return key;
  }

  /** Writes every element and the StructTreeRoot; returns the root's reference. */
  write(pageRefs: readonly PDFRef[]): PDFRef {
    const ctx = this.context;
    const rootRef = ctx.nextRef();
    const writeElem = (e: Elem, parentRef: PDFRef) => {
      const dict = ctx.obj({ Type: 'StructElem', S: e.role, P: parentRef }) as PDFDict;
      const kids = PDFArray.withContext(ctx);
      for (const k of e.kids) {
        if ('elem' in k) {
          writeElem(k.elem, e.ref);
          kids.push(k.elem.ref);
        } else if ('annot' in k) kids.push(ctx.obj({ Type: 'OBJR', Obj: k.annot, Pg: pageRefs[k.page]! }));
        else kids.push(ctx.obj({ Type: 'MCR', Pg: pageRefs[k.page]!, MCID: k.mcid }));
      }
      dict.set(PDFName.of('K'), kids);
      if (e.alt) dict.set(PDFName.of('Alt'), PDFString.of(e.alt));
      if (e.lang) dict.set(PDFName.of('Lang'), PDFString.of(e.lang));
      ctx.assign(e.ref, dict);
    };
    writeElem(this.root, rootRef);
    const nums = PDFArray.withContext(ctx);
    const push = (key: number, value: PDFObject) => {
      nums.push(PDFNumber.of(key));
      nums.push(value);
    };
    for (const [page, elems] of [...this.pageMarks].sort((a, b) => a[0] - b[0])) push(page, ctx.obj(elems.map((e) => e.ref)));
    for (const { key, elem } of this.annotParents) push(key, elem.ref);
    const parentTree = ctx.obj({});
    parentTree.set(PDFName.of('Nums'), nums);
    const root = ctx.obj({ Type: 'StructTreeRoot', K: this.root.ref, ParentTreeNextKey: PDFNumber.of(this.nextAnnotKey) });
    root.set(PDFName.of('ParentTree'), ctx.register(parentTree));
    ctx.assign(rootRef, root);
    return rootRef;
  }
}

export type StructElem = Elem;
