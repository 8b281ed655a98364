import { PDFObject } from 'pdf-lib';

/**
 * An indirect object already written in PDF syntax. The structure tree has one element per
 * paragraph, list item and cell (thousands in a long kit): building each as pdf-lib dictionaries,
 * arrays and names only to serialise them again made the tree cost as much as the whole layout.
 */
export class RawPdfObject extends PDFObject {
  constructor(readonly text: string) {
    super();
  }

  override clone(): RawPdfObject {
    return this;
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return Buffer.byteLength(this.text, 'latin1');
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    return Buffer.from(this.text, 'latin1').copy(buffer, offset);
  }
}
