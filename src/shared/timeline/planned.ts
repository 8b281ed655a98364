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
  // Spanish (and the simple future: lanzará, abrirán)
  'va\\s+a|van\\s+a|planea|planean|prevé|prevén|previsto|prevista|tiene\\s+previsto|se\\s+espera|está\\s+previsto|próximamente|\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán)',
  // French (and the simple future: lancera, ouvriront)
  "va|vont|prévoit|prévoient|prévu|prévue|compte|comptent|envisage|devrait|devraient|\\p{L}{2,}(?:era|eront|ira|iront)|sera|seront|aura|auront",
].join('|');

const FORWARD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MARKERS})(?![\\p{L}\\p{N}])`, 'iu');

/** Does this clause say what is to come? */
export function isForwardLooking(clause: string): boolean {
  return FORWARD.test(clause);
}
