import type { AnnotationAgent, NoteBody } from '../../shared/model/annotation';
import type { JsonObject } from './jsonld-export';
import { asArray, idOf, iri, isObject, prop, Rejection, termsOf, text, typesOf } from './jsonld-vocab';

/** A string body is an IRI in the model, but some tools put the note itself there. */
const looksLikeIri = (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s.trim());

/**
 * Note and tags from the bodies: tagging/classifying bodies (or Open Annotation oa:Tag bodies, or any
 * body of an annotation motivated by tagging alone) become tags, other text joins the note, links are
 * kept as links. Hypothesis API rows carry them as `text` and `tags` instead.
 */
export function readBodies(raw: JsonObject, warnings: string[]): { note: string; tags: string[]; noteBody?: NoteBody } {
  const bodies = prop(raw, 'body');
  const bodyValue = prop(raw, 'bodyValue');
  if (bodies !== undefined && bodyValue !== undefined) throw new Rejection('has both body and bodyValue, which the model forbids');
  const notes: string[] = [];
  const tags: string[] = [];
  // How the first note body was described; bodyValue is a plain-text TextualBody by definition (model 3.2.5).
  let noteBody: NoteBody | undefined;
  const motivations = termsOf(prop(raw, 'motivation'));
  const taggingOnly = motivations.length > 0 && motivations.every((m) => m === 'tagging' || m === 'classifying');
  const single = text(bodyValue);
  if (single !== undefined) {
    notes.push(single);
    noteBody = { format: 'text/plain' };
  }
  for (let body of asArray(bodies)) {
    if (isObject(body) && typesOf(body).includes('Choice')) body = asArray(prop(body, 'items'))[0];
    const plain = text(body);
    if (plain !== undefined && (typeof body === 'string' || (isObject(body) && body['@value'] !== undefined))) {
      if (typeof body === 'string' && looksLikeIri(plain)) notes.push(`<${plain.trim()}>`);
      else if (taggingOnly) tags.push(plain.trim());
      else if (plain.trim()) notes.push(plain);
      continue;
    }
    if (!isObject(body)) continue;
    const purposes = termsOf(prop(body, 'purpose'));
    const isTag =
      purposes.includes('tagging') ||
      purposes.includes('classifying') ||
      typesOf(body).includes('Tag') ||
      (!purposes.length && taggingOnly);
    const value = text(prop(body, 'value'));
    if (value === undefined) {
      const link = idOf(body) ?? iri(prop(body, 'source'));
      if (link) notes.push(`<${link}>`);
      else warnings.push(`a body of type ${typesOf(body).join('/') || 'unknown'} has no text or link and was left out`);
    } else if (isTag) {
      if (value.trim()) tags.push(value.trim());
    } else if (value.trim()) {
      notes.push(value);
      noteBody ??= describeBody(body, purposes);
    }
  }
  if (bodies === undefined && bodyValue === undefined) {
    // Hypothesis API rows: the note is `text`, the tags `tags`.
    const note = text(raw.text);
    if (note?.trim()) notes.push(note);
    for (const t of asArray(raw.tags)) if (typeof t === 'string' && t.trim()) tags.push(t.trim());
  }
  const note = notes.join('\n\n');
  return { note, tags: [...new Set(tags.filter(Boolean))], ...(note && noteBody ? { noteBody } : {}) };
}

const DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;

/** A TextualBody's purpose, format, language and direction, those it has. */
function describeBody(body: JsonObject, purposes: string[]): NoteBody {
  const format = text(prop(body, 'format'));
  const language = text(prop(body, 'language'));
  const direction = DIRECTIONS.find((d) => d === text(prop(body, 'textDirection')));
  return {
    ...(purposes.length ? { purpose: purposes } : {}),
    ...(format ? { format } : {}),
    ...(language ? { language } : {}),
    ...(direction ? { textDirection: direction } : {}),
  };
}

/** The first creator as a W3C Agent, when the file gives more than a plain name (an IRI, or an object). */
export function readCreatorAgent(raw: JsonObject): AnnotationAgent | undefined {
  const first = asArray(prop(raw, 'creator'))[0];
  const plain = text(first);
  if (plain !== undefined) return looksLikeIri(plain) ? { id: plain.trim() } : undefined;
  if (!isObject(first)) return undefined;
  const agent: AnnotationAgent = {};
  const id = idOf(first);
  if (id) agent.id = id;
  const types = typesOf(first);
  if (types.length) agent.type = types;
  for (const key of ['name', 'nickname', 'email', 'email_sha1', 'homepage'] as const) {
    const value = text(prop(first, key)) ?? iri(prop(first, key));
    if (value) agent[key] = value;
  }
  return Object.keys(agent).length ? agent : undefined;
}

/** The first creator's name (or nickname, or IRI); Hypothesis rows name theirs in `user`. */
export function readCreator(raw: JsonObject): string | undefined {
  const first = asArray(prop(raw, 'creator'))[0] ?? raw.user;
  const plain = text(first);
  if (plain !== undefined) return plain;
  if (isObject(first)) return text(prop(first, 'name')) ?? text(prop(first, 'nickname')) ?? idOf(first);
  return undefined;
}
