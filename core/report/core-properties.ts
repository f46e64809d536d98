// The document's language in its core properties (File > Info in Word, python-docx's
// core_properties.language): docx writes the language on the styles but has no option for
// dc:language, so it is added to docProps/core.xml once the file is packed.
import JSZip from 'jszip';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function withLanguage(docx: Buffer, language: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const core = zip.file('docProps/core.xml');
  if (!core) throw new Error('The Word file has no core properties part.');
  const xml = await core.async('string');
  if (xml.includes('<dc:language>')) return docx;
  const closing = '</cp:coreProperties>';
  if (!xml.includes(closing)) throw new Error('The Word file’s core properties are not as docx writes them.');
  zip.file('docProps/core.xml', xml.replace(closing, `<dc:language>${escapeXml(language)}</dc:language>${closing}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
