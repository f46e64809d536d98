// File names made from event and agency names.
import { slugify } from '../../model/slug';

export function safeFileName(text: string): string {
  return slugify(text, 60) || 'scrutineer';
}
