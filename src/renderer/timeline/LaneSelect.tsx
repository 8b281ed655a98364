import type { TimelineLane } from '../../shared/model/timeline';
import { pickText } from '../../shared/timeline/lanes';

interface Props {
  id: string;
  lanes: readonly TimelineLane[];
  lang: string;
  value: string;
  onChange(laneId: string): void;
}

/** The lane an event goes in, named in the interface language (the event form and a suggestion's card). */
export function LaneSelect({ id, lanes, lang, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {lanes.map((l) => (
        <option key={l.id} value={l.id}>
          {pickText(l.label, lang)}
        </option>
      ))}
    </select>
  );
}
