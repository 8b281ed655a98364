/**
 * A lower-case slug for ids and file names: "Lei Jun" → "lei-jun", accents folded, at most 60
 * characters; `fallback` when nothing is left (a name in a script without Latin letters).
 */
export function slugify(text: string, fallback = ''): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
