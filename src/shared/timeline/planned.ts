/**
 * Forward-looking wording: a date in a clause that says what will or should happen ("will launch in
 * July", "akan dirilis", "wird … starten", "va a lanzar", "prévoit") is a plan, not a fact that happened.
 */
const MARKERS = [
  // English
  "will|won['’]t|shall|plans?\\s+to|planned|planning\\s+to|intends?\\s+to|expects?\\s+to|expected\\s+to|aims?\\s+to|is\\s+set\\s+to|are\\s+set\\s+to|is\\s+scheduled|are\\s+scheduled|scheduled\\s+(?:to|for)|is\\s+due|are\\s+due|due\\s+to\\s+(?:launch|open|start|begin|arrive|ship)|to\\s+be\\s+(?:launched|released|opened|completed|held)|upcoming|forthcoming|targets?|going\\s+to",
  // Indonesian
  'akan|berencana|direncanakan|rencananya|menargetkan|ditargetkan|dijadwalkan|bakal|segera|mendatang',
  // German
  'wird|werden|wirst|soll|sollen|plant|planen|geplant|beabsichtigt|voraussichtlich|künftig|demnächst|vorgesehen',
  // Spanish
  'va\\s+a|van\\s+a|planea|planean|prevé|prevén|previsto|prevista|tiene\\s+previsto|se\\s+espera|está\\s+previsto|próximamente',
  // French
  'va|vont|prévoit|prévoient|prévu|prévue|compte|comptent|envisage|devrait|devraient|sera|seront|aura|auront',
].join('|');

const pattern = (markers: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${markers})(?![\\p{L}\\p{N}])`, flags);
const FORWARD = pattern(MARKERS, 'iu');

/** The simple future, only in its own language and only in lower-case words (else "Tavira" would be a French future). */
const FUTURE_TENSE: Record<string, RegExp> = {
  es: pattern('\\p{Ll}{2,}(?:ará|erá|irá|arán|erán|irán)', 'u'),
  fr: pattern('\\p{Ll}{2,}(?:era|eront|ira|iront)', 'u'),
};

/** Does this clause say what is to come? `lang`: the document's date language. */
export function isForwardLooking(clause: string, lang = 'en'): boolean {
  return FORWARD.test(clause) || (FUTURE_TENSE[lang]?.test(clause) ?? false);
}
