import { PDFHexString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { StructTag } from '../layout/flow';
import { RawPdfObject } from './raw-object';

type Kid = { page: number; mcid: number } | { elem: Elem } | { page: number; annot: PDFRef; key: number };

/** A structure element being built: its role, attributes and kids in reading order. */
interface Elem {
  ref: PDFRef;
  role: string;
  parent: Elem | null;
  alt?: string;
  lang?: string;
  /** The page of its first marked content: written as /Pg, so its MCIDs there are bare numbers. */
  page?: number;
  /** Marked-content pieces ({page, mcid}), child elements and annotation references, in order. */
  kids: Kid[];
}

/** Roles whose consecutive siblings sit in one grouping element (rows in a table, entries in the contents). */
const GROUP_OF: Partial<Record<string, string>> = { TR: 'Table', TOCI: 'TOC' };

const lastElem = (parent: Elem): Elem | undefined => {
  const last = parent.kids.at(-1);
  return last && 'elem' in last ? last.elem : undefined;
};

/** A text string: a language tag as a literal, anything else as UTF-16 hex (any script, any parenthesis). */
const textString = (text: string) => (/^[A-Za-z0-9-]+$/.test(text) ? `(${text})` : PDFHexString.fromText(text).toString());
const refText = (ref: PDFRef) => `${ref.objectNumber} 0 R`;

/**
 * The tagged PDF's logical structure (ISO 32000-1 §14.7–14.8): a Document element whose kids are
 * the kit's blocks in reading order, each tied to the marked content drawn for it on every page
 * (MCIDs per page, a ParentTree back from page and MCID to element). Items the layout places are
 * turned into elements once, however many pages they span. Elements are written straight as PDF
 * text (see RawPdfObject).
 */
export class StructureTree {
  private readonly root: Elem;
  private readonly byItem = new Map<object, Elem>();
  /** Page index → the element of each MCID on that page, by MCID. */
  private readonly pageMarks: Elem[][] = [];
  /** ParentTree entries for annotations: key → the Link element. */
  private readonly annotParents: { key: number; elem: Elem }[] = [];
  private nextAnnotKey: number;

  constructor(
    private readonly context: PDFContext,
    pageCount: number,
  ) {
    this.root = this.make('Document', null);
    this.nextAnnotKey = pageCount;
  }

  private make(role: string, parent: Elem | null): Elem {
    const elem: Elem = { ref: this.context.nextRef(), role, parent, kids: [] };
    parent?.kids.push({ elem });
    return elem;
  }

  /**
   * The element that holds a flow item's content (made on first sight, grouped into Table / TOC with its
   * siblings). A list item is LI > LBody and its content goes into the LBody; an item of depth n sits in an
   * L inside the LBody of the last item of depth n − 1, so a nested list reads L > LI > LBody > L.
   */
  elementFor(item: object, tag: StructTag): Elem {
    let elem = this.byItem.get(item);
    if (elem) return elem;
    let parent = this.root;
    if (tag.role === 'LI') parent = this.listFor(tag.depth ?? 1);
    const group = GROUP_OF[tag.role];
    if (group) {
      const last = lastElem(parent);
      parent = last?.role === group ? last : this.make(group, parent);
    }
    elem = this.make(tag.role, parent);
    if (tag.alt) elem.alt = tag.alt;
    if (tag.lang) elem.lang = tag.lang;
    if (tag.role === 'LI') elem = this.make('LBody', elem);
    this.byItem.set(item, elem);
    return elem;
  }

  /** The L a list item of `depth` goes into: the open one at that depth, else a new one where it belongs. */
  private listFor(depth: number): Elem {
    let list = lastElem(this.root);
    if (list?.role !== 'L') list = this.make('L', this.root);
    for (let d = 1; d < depth; d++) {
      const item: Elem | undefined = lastElem(list);
      const body: Elem | undefined = item?.role === 'LI' ? lastElem(item) : undefined;
      // A deeper item with no item above it (a list that starts nested) still gets its own L.
      const holder: Elem = body?.role === 'LBody' ? body : list;
      const inner: Elem | undefined = lastElem(holder);
      list = inner?.role === 'L' ? inner : this.make('L', holder);
    }
    return list;
  }

  /** A child element of `parent` (a table row's cells). */
  child(parent: Elem, role: string): Elem {
    const elem = this.make(role, parent);
    if (parent.lang) elem.lang = parent.lang;
    return elem;
  }

  /** A new MCID on `page` for content of `elem`. */
  mark(elem: Elem, page: number): number {
    const marks = (this.pageMarks[page] ??= []);
    marks.push(elem);
    elem.page ??= page;
    const mcid = marks.length - 1;
    elem.kids.push({ page, mcid });
    return mcid;
  }

  /** A Link element under `elem` for a link annotation; returns the annotation's /StructParent key. */
  link(elem: Elem, page: number, annot: PDFRef): number {
    return this.annotation(elem, 'Link', page, annot);
  }

  /** The element already made for a flow item, if it was drawn. */
  drawnElement(item: object): Elem | undefined {
    return this.byItem.get(item);
  }

  /**
   * An element of `role` under `elem` that refers to an annotation (OBJR): a Link, or an Annot for a
   * highlight, whose /Alt tells a screen reader what the annotation says. Returns its /StructParent key.
   */
  annotation(elem: Elem, role: 'Link' | 'Annot', page: number, annot: PDFRef, alt?: string): number {
    const child = this.child(elem, role);
    if (alt) child.alt = alt;
    const key = this.nextAnnotKey++;
    child.kids.push({ page, annot, key });
    this.annotParents.push({ key, elem: child });
    return key;
  }

  /** Writes every element and the StructTreeRoot; returns the root's reference. */
  write(pageRefs: readonly PDFRef[]): PDFRef {
    const ctx = this.context;
    const pages = pageRefs.map(refText);
    const rootRef = ctx.nextRef();
    const writeElem = (e: Elem, parentRef: PDFRef) => {
      let kids = '';
      for (const k of e.kids) {
        if ('elem' in k) {
          writeElem(k.elem, e.ref);
          kids += ` ${refText(k.elem.ref)}`;
        } else if ('annot' in k) kids += `<</Type/OBJR/Obj ${refText(k.annot)}/Pg ${pages[k.page]}>>`;
        else if (k.page === e.page) kids += ` ${k.mcid}`;
        else kids += `<</Type/MCR/Pg ${pages[k.page]}/MCID ${k.mcid}>>`;
      }
      let dict = `<</Type/StructElem/S/${e.role}/P ${refText(parentRef)}`;
      if (e.page !== undefined) dict += `/Pg ${pages[e.page]}`;
      dict += `/K[${kids.trimStart()}]`;
      if (e.alt) dict += `/Alt${textString(e.alt)}`;
      if (e.lang) dict += `/Lang${textString(e.lang)}`;
      ctx.assign(e.ref, new RawPdfObject(dict + '>>'));
    };
    writeElem(this.root, rootRef);
    // One flat number tree: page index → its MCIDs' elements, then each link annotation's key → its Link.
    let nums = '';
    this.pageMarks.forEach((elems, page) => {
      nums += ` ${page}[${elems.map((e) => refText(e.ref)).join(' ')}]`;
    });
    for (const { key, elem } of this.annotParents) nums += ` ${key} ${refText(elem.ref)}`;
    const parentTree = ctx.register(new RawPdfObject(`<</Nums[${nums.trimStart()}]>>`));
    const root = `<</Type/StructTreeRoot/K ${refText(this.root.ref)}/ParentTree ${refText(parentTree)}/ParentTreeNextKey ${this.nextAnnotKey}>>`;
    ctx.assign(rootRef, new RawPdfObject(root));
    return rootRef;
  }
}

export type StructElem = Elem;
