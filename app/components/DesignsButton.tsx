import { useState } from 'react';
import type { DesignMeta } from '../state/designLibrary.ts';
import {
  openDesign,
  removeDesign,
  renameCurrentDesign,
  startBlankDesign,
  useDesignSession,
} from '../state/designSession.ts';
import { Dialog } from './Dialog.tsx';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Designs: the open design's name, a new blank design, and the others saved in this browser. */
export function DesignsButton() {
  const [open, setOpen] = useState(false);
  const current = useDesignSession((s) => s.current);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="action-button"
        onClick={() => setOpen(true)}
        title="Your designs in this browser, and a new blank one"
      >
        Designs: <span className="design-name">{current.name}</span>
      </button>
      <Dialog open={open} title="Designs" onClose={close} className="designs-dialog">
        <DesignsPanel onOpened={close} />
      </Dialog>
    </>
  );
}

function DesignsPanel({ onOpened }: { onOpened: () => void }) {
  const current = useDesignSession((s) => s.current);
  const designs = useDesignSession((s) => s.designs);
  const others = designs.filter((d) => d.id !== current.id);
  return (
    <>
      <p className="designs-dialog__intro">
        Designs are saved in this browser as you work, each under its own name. A link someone
        shares opens as a new design; yours stay here.
      </p>
      <DesignName key={current.id} current={current} />
      <button
        type="button"
        className="action-button"
        data-autofocus
        onClick={() => void startBlankDesign().then(onOpened)}
      >
        New blank design
      </button>
      <h3 className="designs-dialog__heading">Other designs in this browser</h3>
      {others.length === 0 ? (
        <p className="designs-dialog__empty">None yet.</p>
      ) : (
        <ul className="designs-dialog__list">
          {others.map((design) => (
            <DesignRow key={design.id} design={design} onOpened={onOpened} />
          ))}
        </ul>
      )}
    </>
  );
}

function DesignName({ current }: { current: DesignMeta }) {
  const [name, setName] = useState(current.name);
  const save = () => {
    renameCurrentDesign(name);
    if (name.trim() === '') setName(current.name);
  };
  return (
    <label className="designs-dialog__name">
      Name of the open design
      <input
        type="text"
        value={name}
        maxLength={120}
        onChange={(e) => setName(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </label>
  );
}

function DesignRow({ design, onOpened }: { design: DesignMeta; onOpened: () => void }) {
  return (
    <li className="designs-dialog__item">
      <span className="designs-dialog__item-name">{design.name}</span>
      <span className="designs-dialog__item-when">
        changed {whenFormat.format(design.updatedAt)}
      </span>
      <button
        type="button"
        className="action-button"
        aria-label={`Open ${design.name}`}
        onClick={() => void openDesign(design.id).then(onOpened)}
      >
        Open
      </button>
      <button
        type="button"
        className="action-button action-button--danger"
        aria-label={`Delete ${design.name}`}
        onClick={() => removeDesign(design.id)}
      >
        Delete
      </button>
    </li>
  );
}
