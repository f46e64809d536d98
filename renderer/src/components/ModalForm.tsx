// The frame every modal form shares (giving a reason, raising an escalation): a <dialog> opened
// modally on mount and closed on unmount, titled by its heading; Escape is the same as Cancel.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Added to the shared "reason-dialog" class. */
  className?: string;
  noValidate?: boolean;
  onCancel: () => void;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

export function ModalForm({ title, className, noValidate, onCancel, onSubmit, children }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={className ? `reason-dialog ${className}` : 'reason-dialog'}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={onSubmit} noValidate={noValidate}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </form>
    </dialog>
  );
}
