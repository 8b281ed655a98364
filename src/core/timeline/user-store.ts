import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Slug } from '../../shared/model/common';
import { TimelineLane } from '../../shared/model/timeline';
import { StoredTimelineEvent } from '../../shared/timeline/types';
import { openStore, type OpenedStore, type StoreFactory } from '../store/store';

/** How the user came to have an event: made it, accepted a suggestion, imported it, or edited a bundle event. */
export const UserEventOrigin = z.enum(['user', 'suggestion', 'import', 'edit']);

export const UserEventRecord = StoredTimelineEvent.extend({
  origin: UserEventOrigin,
  /** The suggestion it was accepted from, so that suggestion is not offered again. */
  suggestionId: z.string().optional(),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
});
export type UserEventRecord = z.infer<typeof UserEventRecord>;

/** Everything the user changed on one bundle's timeline, kept offline beside their annotations. */
export const UserTimelineData = z.object({
  /** Lanes the user (or an import) added; one with a bundle lane's id replaces that lane's fields. */
  lanes: z.array(TimelineLane).default([]),
  /** Events the user made, accepted or imported, and edited copies of bundle events (same id). */
  events: z.array(UserEventRecord).default([]),
  /** Bundle events the user deleted. */
  hidden: z.array(Slug).default([]),
  /** Suggestions the user dismissed. */
  dismissed: z.array(z.string()).default([]),
  /** Top-level fields of the last imported TimelineJS file (title slide, scale, eras). */
  timelinejs: z.record(z.string(), z.unknown()).optional(),
});
export type UserTimelineData = z.infer<typeof UserTimelineData>;

export const USER_TIMELINE_VERSION = 1;

export const userTimelineStoreName = (bundleId: string) => `timeline-${bundleId}`;

export function openUserTimelineStore(
  factory: StoreFactory,
  dataDir: string,
  bundleId: string,
  now?: () => Date,
): OpenedStore<UserTimelineData> {
  return openStore(
    factory,
    dataDir,
    {
      name: userTimelineStoreName(bundleId),
      version: USER_TIMELINE_VERSION,
      schema: UserTimelineData as z.ZodType<UserTimelineData>,
      defaults: () => ({ lanes: [], events: [], hidden: [], dismissed: [] }),
    },
    now,
  );
}

/**
 * For read-only callers (the CLI's export): the user's store when one exists, else an empty one in
 * memory, so that looking at a timeline never creates files in the data folder.
 */
export function existingUserTimelineStore(factory: StoreFactory, dataDir: string, bundleId: string): OpenedStore<UserTimelineData> {
  const file = path.join(dataDir, `${userTimelineStoreName(bundleId)}.json`);
  if (existsSync(file)) return openUserTimelineStore(factory, dataDir, bundleId);
  let value: UserTimelineData = { lanes: [], events: [], hidden: [], dismissed: [] };
  return {
    path: file,
    notices: [],
    read: () => value,
    write: (next) => {
      value = next;
    },
    update: (change) => (value = change(value)),
  };
}
