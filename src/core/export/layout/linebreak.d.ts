/** The `linebreak` package (UAX #14, as pdfkit uses it) ships no types; this is the part the kit calls. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
