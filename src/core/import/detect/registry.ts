import type { Organisation, Person } from '../../../shared/model/bundle';
import { LEGAL_FORMS } from './names';
import { IdMaker } from './work';

/** Organisation names compared without legal form or case: "Leica Camera AG" = "Leica Camera". */
export function organisationKey(name: string): string {
  return name
    .replace(/^PT\s+/, '')
    .replace(/\s+Tbk\.?$/, '')
    .replace(
      /,?\s+(?:AG|GmbH|SE|KGaA|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Co\.,? Ltd\.?|S\.A\.?|S\.L\.?|SAS|S\.p\.A\.?|B\.V\.?|N\.V\.?|plc|PLC|Limited|Group)$/,
      '',
    )
    .toLowerCase()
    .trim();
}

/**
 * The people and organisations of one draft: speakers deduplicated ("Lei Jun" and "Lei" are one
 * person), each linked to an organisation; short references resolve to the last matching person.
 */
export class Registry {
  readonly people: Person[] = [];
  readonly organisations: Organisation[] = [];
  private readonly tokens = new Map<string, string[]>();
  private readonly orgByKey = new Map<string, Organisation>();
  private last: Person | undefined;

  constructor(private readonly ids: IdMaker) {}

  organisation(name: string, kind: Organisation['kind'] = 'company'): Organisation {
    const trimmed = name.trim().replace(/[,;:]+$/, '');
    const clean = /(?:Inc|Corp|Ltd|Co|S\.A|S\.L|B\.V|N\.V|Tbk)\.$/.test(trimmed) ? trimmed : trimmed.replace(/\.+$/, '');
    const key = organisationKey(clean);
    // "Pariwisata" in "Menteri Pariwisata" is the known "Kementerian Pariwisata"; "Leica" is "Leica Camera AG".
    const found =
      this.orgByKey.get(key) ??
      (key.length >= 4 ? this.organisations.find((o) => ` ${organisationKey(o.name)} `.includes(` ${key} `)) : undefined);
    if (found) {
      // Keep the fuller name ("Leica Camera AG" over "Leica Camera").
      if (clean.length > found.name.length && LEGAL_FORMS.test(clean)) found.name = clean;
      return found;
    }
    const org: Organisation = { id: this.ids.make(clean), name: clean.replace(/\s+(?:of|the|de|für|des|la|du|and|y|et|dan)$/, ''), kind };
    this.orgByKey.set(key, org);
    this.organisations.push(org);
    return org;
  }

  knownOrganisationNames(): Set<string> {
    const names = new Set<string>();
    for (const o of this.organisations) {
      names.add(o.name);
      names.add(o.name.replace(/^PT\s+/, '').replace(/\s+Tbk\.?$/, ''));
      const key = organisationKey(o.name);
      names.add(o.name.slice(0, key.length));
    }
    return names;
  }

  /** The person named, merged with one already known when the names share tokens. */
  person(name: string, role?: string, organisationName?: string): Person {
    const toks = name.toLowerCase().split(/\s+/);
    let person = this.people.find((p) => {
      const pt = this.tokens.get(p.id)!;
      return toks.every((t) => pt.includes(t)) || pt.every((t) => toks.includes(t));
    });
    if (!person) {
      person = { id: this.ids.make(name), name };
      this.people.push(person);
      this.tokens.set(person.id, toks);
    } else if (toks.length > this.tokens.get(person.id)!.length) {
      person.name = name;
      this.tokens.set(person.id, toks);
    }
    if (role && !person.role) person.role = role.slice(0, 200);
    if (organisationName && !person.organisationId) person.organisationId = this.organisation(organisationName).id;
    this.last = person;
    return person;
  }

  /** "Kaufmann", "Lei": the most recent person with that name token, if any. */
  resolveShort(token: string): Person | undefined {
    const t = token.toLowerCase();
    for (let i = this.people.length - 1; i >= 0; i -= 1) {
      const p = this.people[i]!;
      if (this.tokens.get(p.id)!.includes(t)) {
        this.last = p;
        return p;
      }
    }
    return undefined;
  }

  lastPerson(): Person | undefined {
    return this.last;
  }

  forgetLast(): void {
    this.last = undefined;
  }
}
