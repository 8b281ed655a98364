import { useId, useState, type InputHTMLAttributes } from 'react';

interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> {
  label: string;
  value: string;
  /** Called when the field loses focus or Enter is pressed, with what was typed. */
  onCommit(value: string): void;
}

/**
 * A labelled text field that hands its value on when the user is done with it (blur or Enter), so a
 * half-typed headline is never trimmed or checked while typing.
 */
export function CommitInput({ label, value, onCommit, className, ...rest }: CommitInputProps) {
  const id = useId();
  const [text, setText] = useState(value);
  // A new value from outside (another edit, a restored draft) replaces what the field shows.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
