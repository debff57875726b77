/** The × button that removes one row of a list: an argument, an env var, a label, a mount. */
export function RemoveRowButton({
  label,
  title,
  onRemove,
}: {
  label: string;
  title?: string;
  onRemove: () => void;
}) {
  return (
    <button
      type="button"
      className="hd-icon-button"
      aria-label={label}
      title={title}
      onClick={onRemove}
    >
      ×
    </button>
  );
}
