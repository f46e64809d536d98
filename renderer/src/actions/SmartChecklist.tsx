// The SMART prompt beside the recommendation's text: each letter met or not, with what it asks.
// Worked out by the core's pure function on every keystroke.
import { smartHints, type SmartInput } from '@model/smart';

export function SmartChecklist({ input, id }: { input: SmartInput; id: string }) {
  const hints = smartHints(input);
  const met = hints.filter((h) => h.met).length;
  return (
    <section className="ap-smart" aria-labelledby={`${id}-smart`}>
      <h3 id={`${id}-smart`} className="ap-smart-title">
        SMART check <span className="ap-smart-count">{met} of 5 met</span>
      </h3>
      <ul className="ap-smart-list">
        {hints.map((h) => (
          <li key={h.letter} className={h.met ? 'ap-smart-met' : 'ap-smart-unmet'} data-letter={h.letter}>
            <span className="ap-smart-letter" aria-hidden="true">
              {h.letter}
            </span>
            <span className="ap-smart-state">{h.met ? 'Met' : 'Not met'}</span>
            <span className="visually-hidden">: </span>
            <span className="ap-smart-prompt">{h.prompt}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
