import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingTags, withChosenTag, type TagSuggestion } from './useTagSuggestions';

interface Props {
  id: string;
  value: string;
  suggestions: readonly TagSuggestion[];
  describedBy: string;
  onChange(value: string): void;
}

/**
 * Comma-separated tags with suggestions, as an ARIA 1.2 combobox: typing or ↓ opens the list, ↑/↓ move,
 * Enter or Tab takes the active suggestion, Esc closes the list (a second Esc goes on to the card).
 */
export function TagsField({ id, value, suggestions, describedBy, onChange }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => matchingTags(suggestions, value), [suggestions, value]);
  const expanded = open && options.length > 0;
  const activeOption = expanded && active >= 0 && active < options.length ? active : -1;

  const choose = (tag: string) => {
    onChange(withChosenTag(value, tag));
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
        return;
      }
      const n = options.length;
      setActive(event.key === 'ArrowDown' ? (activeOption + 1) % n : activeOption <= 0 ? n - 1 : activeOption - 1);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && activeOption >= 0 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      choose(options[activeOption]!.tag);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="tags-field">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption >= 0 ? `${listId}-${activeOption}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('readerArea.card.suggestions')} className="tags-field__list" hidden={!expanded}>
        {expanded &&
          options.map((option, i) => (
            <li
              key={option.tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeOption}
              className="tags-field__option"
              // Keep focus in the field: the click only chooses.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option.tag)}
            >
              {option.tag}
              {option.elsewhere && <span className="tags-field__where"> · {t('readerArea.card.usedElsewhere')}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
