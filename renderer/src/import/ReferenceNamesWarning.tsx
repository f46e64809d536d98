// A warning before import when the column mapped to Case reference holds what look like people's
// names: the audit needs a pseudonymous reference, and a name would reach every screen and file.
import type { NameLikeReferences } from '@model/case-fields';

export function ReferenceNamesWarning({ names }: { names: NameLikeReferences | null }) {
  if (!names) return null;
  const more = names.count > names.rows.length ? ', …' : '';
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-title">
        {names.count === names.of ? 'Every case reference looks' : `${names.count} of ${names.of} case references look`} like a person’s name
      </p>
      <p>
        Two or more capitalised words with no digits (rows {names.rows.join(', ')}
        {more}). Case references should be pseudonymous, such as a case-management ID. Map a different column to Case reference if the file has one;
        import these only if they really are not names.
      </p>
    </div>
  );
}
