import path from 'node:path';
import { REPO_ROOT } from '../corpus';

export const PHRASEBOOK_MD = path.join(REPO_ROOT, 'docs', 'phrasebook.md');
export const PHRASEBOOK_JSON = path.join(REPO_ROOT, 'docs', 'phrasebook.json');
