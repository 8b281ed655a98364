import { z } from 'zod';
import { PreferencesPatch, type Preferences } from '../../model/preferences';
import { channel } from '../define';

export const preferenceChannels = {
  getPreferences: channel<Preferences>()(z.tuple([])),
  /** Merges the given fields into the saved preferences and returns the result. */
  setPreferences: channel<Preferences>()(z.tuple([PreferencesPatch])),
};
