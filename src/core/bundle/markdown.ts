/** The parser is pure and lives in src/shared (the renderer draws annotation notes with it); re-exported for the loader. */
export { parseMarkdown } from '../../shared/text/markdown';
