// The key the bench's databases are encrypted with, as the app's are (made fresh for each run).
import { DatabaseKey } from '../db/cipher';

export const benchKey = DatabaseKey.random();
