// The flag for grades that differ by two levels or more: an icon and words, never colour alone.

export function DisagreementFlag({ children = 'Grades differ by two levels or more' }: { children?: string }) {
  return (
    <p className="disagreement-flag">
      <svg className="flag-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M10 1.5 19 18H1z" fill="currentColor" />
        <path d="M10 7v5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        <circle cx="10" cy="15" r="1.2" fill="#fff" />
      </svg>
      <span>
        <strong>Disagreement:</strong> {children}
      </span>
    </p>
  );
}
