/**
 * Page furniture: what a newsroom page puts around a release (navigation, share buttons, cookie
 * banners, related stories, subscribe forms, copyright lines, publication stamps). Conservative:
 * only short blocks that match a known pattern are dropped; anything unsure stays body text.
 */

const SHORT = 160;

const SHARE_WORDS =
  /^(?:share|tweet|teilen|bagikan|compartir|partager|condividi|delen|print|drucken|cetak|imprimir|imprimer|e-?mail|email|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|xing|line|copy link|salin tautan|link kopieren|copiar enlace|copier le lien|down arrow button icon|share this (?:article|story|page|post)|share on \w+|bagikan artikel ini|artikel teilen|compartir en \w+|partager sur \w+)$/i;

const PATTERNS: Array<[RegExp, string]> = [
  [
    /\bcookies?\b.*\b(?:accept|consent|agree|akzeptieren|zustimmen|aceptar|accepter|setuju|einverstanden|privacy|datenschutz)\b/i,
    'cookie banner',
  ],
  [/\b(?:accept|akzeptieren|aceptar|accepter|setuju)\b.*\bcookies?\b/i, 'cookie banner'],
  [
    /^(?:related (?:stories|articles|news|posts|content)|more (?:news|stories|press releases)|you may also like|recommended|baca juga|lihat juga|berita terkait|artikel terkait|ähnliche artikel|das könnte sie auch interessieren|mehr zum thema|noticias relacionadas|artículos relacionados|te puede interesar|lire aussi|à lire aussi|articles similaires|sur le même sujet)\b/i,
    'related stories',
  ],
  [
    /^(?:read more|read the full story|continue reading|weiterlesen|mehr lesen|leer más|seguir leyendo|lire la suite|en savoir plus|selengkapnya|baca selengkapnya)\b\W*$/i,
    'read-more link',
  ],
  [
    /^(?:©|\(c\)|copyright\b|hak cipta\b|todos los derechos|tous droits|alle rechte)|\ball rights reserved\b|\bhak cipta dilindungi\b/i,
    'copyright line',
  ],
  [
    /^(?:subscribe|sign up|newsletter|abonnieren|berlangganan|suscríbete|suscribirse|s'abonner|abonnez-vous)\b|\b(?:subscribe to our|sign up for our|newsletter abonnieren|berlangganan newsletter|suscríbete a nuestro|abonnez-vous à)\b/i,
    'subscribe form',
  ],
  [
    /^(?:skip to (?:main )?content|back to top|zum inhalt springen|nach oben|kembali ke atas|volver arriba|retour en haut|menu|main menu|search|suche|cari|buscar|rechercher|home|beranda|startseite|inicio|accueil)$/i,
    'navigation',
  ],
  // "Published on 5 March 2024 10:00" — short and with a number; "Published in 2020, the report…" is text.
  [
    /^(?:published|updated|last updated|posted|diterbitkan|diperbarui|dipublikasikan|veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour)(?: on| am| el| le| pada)?\s*:?\s*[^.!?]{0,60}\d[^.!?]{0,30}$/i,
    'publication stamp',
  ],
  [
    /^(?:[Bb]y|BY|[Oo]leh|OLEH|[Vv]on|[Pp]or|[Pp]ar|[Pp]enulis|[Ee]ditor|[Rr]eporter|[Rr]edaktur)\s*:?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*[|,·•]\s*[^.!?]*)?$/u,
    'byline',
  ],
  [/^(?:tags?|schlagwörter|etiquetas|étiquettes|topik|kategori|category|categories|kategorie)\s*:/i, 'tags'],
  [/^(?:follow us|folgen sie uns|ikuti kami|síguenos|suivez-nous)\b/i, 'social links'],
];

/** Breadcrumbs and menus: several short items joined by separators ("Home › News › Press"). */
function isNavigation(text: string): boolean {
  const parts = text.split(/\s+(?:[›»>|/•·]|\u2192)\s+/);
  if (parts.length < 3) return false;
  return parts.every((p) => p.length > 0 && p.length <= 30 && !/[.!?]$/.test(p));
}

/** Several share words in one block ("Share Tweet Email"). */
function isShareBar(text: string): boolean {
  const items = text.split(/\s*[|·•\n]\s*|\s{2,}/).filter((s) => s.length > 0);
  if (items.length >= 2 && items.every((i) => SHARE_WORDS.test(i.trim()))) return true;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => SHARE_WORDS.test(w));
}

/** The reason a block is page furniture, or undefined when it is (or may be) text. */
export function furnitureReason(text: string): string | undefined {
  const t = text.trim();
  if (t.length === 0) return undefined;
  if (t.length > SHORT * 2) return undefined;
  if (SHARE_WORDS.test(t) || isShareBar(t)) return 'share buttons';
  if (isNavigation(t)) return 'navigation';
  if (t.length > SHORT) return /\bcookies?\b/i.test(t) && PATTERNS[0]![0].test(t) ? 'cookie banner' : undefined;
  for (const [pattern, reason] of PATTERNS) if (pattern.test(t)) return reason;
  return undefined;
}

/** "ENDS", "###", "-30-", "— End —", "-Selesai-", "- Ende -", "FIN": the end of the release body. */
export function isEndMark(text: string): boolean {
  const t = text.trim();
  if (t.length > 20) return false;
  if (/^#{3}$|^\*{3}$/.test(t)) return true;
  return /^[-–—\s(*[]*(?:ends?|end of (?:release|text)|-?30-?|selesai|ende|fin|fine|einde|fim)[-–—\s)*\].]*$/i.test(t);
}
