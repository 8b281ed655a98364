import { z } from 'zod';
import { channel } from '../define';

/** A tag used on annotations somewhere in the data folder. */
export interface UsedTag {
  tag: string;
  /** Annotations carrying it, across every bundle. */
  uses: number;
  /** Ids of the bundles where it is used (the renderer tells this bundle's from the others'). */
  bundleIds: string[];
}

export const tagChannels = {
  /** Every tag on the annotations of every bundle in the data folder, most used first (for autocompletion). */
  listAnnotationTags: channel<{ tags: UsedTag[] }>()(z.tuple([])),
};
