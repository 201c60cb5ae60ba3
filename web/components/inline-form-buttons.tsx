import { Button } from './button.js';

/** The buttons under a form that opens in place: send it, or close it without sending. */
export function InlineFormButtons({
  submit,
  pendingLabel,
  isPending,
  close,
  onClose,
}: {
  submit: string;
  pendingLabel: string;
  isPending: boolean;
  close: string;
  onClose: () => void;
}) {
  return (
    <div className="button-group">
      <Button type="submit" isPending={isPending} pendingLabel={pendingLabel}>
        {submit}
      </Button>
      <Button variant="link" onPress={onClose}>
        {close}
      </Button>
    </div>
  );
}
