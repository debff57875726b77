/** The Remove button on a card's top border, level with its legend. */
export function RemoveCardButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <div className="hd-card__actions">
      <button
        type="button"
        className="hd-button hd-button--quiet"
        aria-label={label}
        onClick={onRemove}
      >
        Remove
      </button>
    </div>
  );
}
