import { monthNumber, weekdayNumber } from '../../shared/timeline/date-words';

/**
 * Lines that carry a date but state nothing that happened: front matter (YAML/TOML), bylines, share
 * and navigation furniture, copyright lines and "published/updated on" stamps. Their dates are the
 * page's, not events.
 */
const FRONT_MATTER =
  /^(?:\+\+\+|---)|^[\w-]{1,30}\s*[:=]\s*["']?\d{4}-\d{2}|(?:^|\s)(?:date|draft|type|title|slug|tags|categories|lastmod|publishDate)\s*=\s*["'[\d]/iu;
const COPYRIGHT =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|hak cipta/iu;
const STAMP =
  /^(?:(?:first\s+|originally\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|modified|released)(?:\s+(?:on|at))?|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|stand|publicado(?:\s+el)?|actualizado(?:\s+el)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|mise\s+à\s+jour|diterbitkan|dipublikasikan|diperbarui|terbit)\s*[:|,-]?\s*/iu;
const BYLINE =
  /^(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Oo]leh|[Pp]enulis|[Rr]eporter|[Ee]ditor|[Rr]edaktur)\s*:?\s+(?<name>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?=[\s,|–—-]|$)/u;
const NAVIGATION =
  /\b(?:arrow|button|icon|share\s+(?:on|this|via)|tweet|read\s+more|back\s+to|skip\s+to|click\s+here|subscribe|newsletter|teilen|compartir|partager|bagikan|baca\s+juga|lihat\s+juga|mehr\s+lesen|leer\s+más|lire\s+la\s+suite)\b/iu;

/** "By Jane Doe", not "By March 2024" or "By the end of…". */
function isByline(text: string): boolean {
  const name = BYLINE.exec(text)?.groups?.name;
  return (
    !!name &&
    monthNumber(name, 'de') === undefined &&
    monthNumber(name, 'fr') === undefined &&
    monthNumber(name, 'es') === undefined &&
    !weekdayNumber(name)
  );
}

const words = (s: string) => (s.match(/\p{L}{2,}/gu) ?? []).length;

/** Is this sentence page furniture rather than a statement? */
export function isFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (FRONT_MATTER.test(text) || COPYRIGHT.test(text)) return true;
  if (STAMP.test(text) && words(text.replace(STAMP, '')) <= 8) return true;
  if (isByline(text) && words(text) <= 12) return true;
  return NAVIGATION.test(text) && words(text) <= 14;
}

/** Is a date at `offset` in this sentence part of a byline run into it ("By Jane Doe March 3, 2023 … Xiaomi today announced")? */
export function isInByline(sentence: string, offset: number): boolean {
  return offset < 80 && isByline(sentence) && !/[.!?]\s/u.test(sentence.slice(0, offset));
}
