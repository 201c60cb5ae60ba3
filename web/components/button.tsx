import type { ReactNode, Ref } from 'react';

interface ButtonProps {
  children: ReactNode;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  /** While an action runs the button keeps its focus, says what is happening and ignores presses. */
  isPending?: boolean;
  pendingLabel?: string;
  onPress?: () => void;
  name?: string;
  value?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** For a button that shows and hides a panel. */
  'aria-expanded'?: boolean;
  /** The id of the panel an `aria-expanded` button shows and hides. */
  'aria-controls'?: string;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A native button: it works with every browser, keyboard and assistive technology without extra
 * script, which keeps the pages light on slow connections.
 */
export function Button({
  children,
  type = 'button',
  variant = 'primary',
  isPending = false,
  pendingLabel,
  onPress,
  name,
  value,
  ref,
  ...aria
}: ButtonProps) {
  return (
    <button
      ref={ref}
      // A pending submit button becomes a plain button so a second press cannot send the form twice.
      type={isPending ? 'button' : type}
      className={`button button--${variant}`}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      onClick={isPending ? undefined : onPress}
      name={name}
      value={value}
      {...aria}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
