import { databaseTemplateAt, writeDatabaseTemplate } from '../db/databaseTemplate.js';
import { databaseTemplateDir } from '../paths.js';

/** Part of `npm run build`: the migrated database a data directory's first start copies (kept while current). */
await writeDatabaseTemplate(databaseTemplateAt(databaseTemplateDir));
