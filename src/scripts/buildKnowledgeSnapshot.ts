import { writeKnowledgeSnapshot } from '../kb/knowledgeSnapshot.js';
import { knowledgeDir, knowledgeSnapshotFile } from '../paths.js';

/** Part of `npm run build`: the checked knowledge entries a start reads while the folder is unchanged. */
writeKnowledgeSnapshot(knowledgeDir, knowledgeSnapshotFile);
