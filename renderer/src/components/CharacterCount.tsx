// A text limit shown before it bites (the GOV.UK character-count pattern): from three quarters of
// the limit, how many characters are left; and when a paste was cut to fit, it says so.
const numberFormat = new Intl.NumberFormat('en-GB');

export const countFrom = (maxLength: number) => Math.floor(maxLength * 0.75);

export function CharacterCount({ id, length, maxLength, cut }: { id: string; length: number; maxLength: number; cut: number }) {
  if (length < countFrom(maxLength) && cut === 0) return null;
  const left = maxLength - length;
  return (
    <p id={id} className={`character-count${left === 0 ? ' character-count-full' : ''}`} aria-live="polite">
      {cut > 0
        ? `The pasted text was too long: ${numberFormat.format(cut)} ${cut === 1 ? 'character was' : 'characters were'} left out. The limit is ${numberFormat.format(maxLength)} characters.`
        : `You have ${numberFormat.format(left)} ${left === 1 ? 'character' : 'characters'} left of ${numberFormat.format(maxLength)}.`}
    </p>
  );
}

/** How much of a paste into a box would not fit (the browser drops it silently). */
export function pasteOverflow(box: HTMLTextAreaElement | HTMLInputElement, pasted: string, maxLength: number): number {
  const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
  return Math.max(0, box.value.length - selected + pasted.length - maxLength);
}
