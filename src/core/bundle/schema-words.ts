import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const KIND_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'nothing',
};

const kindOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  return KIND_NAMES[typeof value] ?? typeof value;
};

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value.slice(0, 60)}"` : String(value));

/**
 * A schema problem in words a bundle author understands ("expected a text, found a number") instead of
 * zod's defaults ("Invalid input: expected string, received number"). Messages our own schema gives
 * (a slug, an ISO date, a language tag) are already in words and are kept.
 */
export function describeIssue(issue: Issue): string {
  const ownMessage = !/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message);
  if (ownMessage) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing: ${KIND_NAMES[issue.expected] ?? issue.expected} is required here`;
      return `expected ${KIND_NAMES[issue.expected] ?? issue.expected}, found ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => shown(v)).join(', ')}; found ${shown(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'expected a web address starting with http:// or https://';
      if (issue.format === 'email') return 'expected an e-mail address such as press@example.com';
      if (issue.format === 'datetime') return 'expected an ISO date-time such as 2022-05-23T09:00:00+02:00';
      return `expected ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : 'must not be empty';
    case 'too_big':
      return `too long: at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the accepted forms';
    default:
      return issue.message;
  }
}
