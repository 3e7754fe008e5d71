import { webChatPageAssets } from '../channels/webChatPage.js';
import { compressedPageAssetsDir } from '../paths.js';

/**
 * Part of `npm run build`: brotli and gzip copies of the Web Chat page's scripts and style sheets, so that
 * a server sends them compressed from its first request without compressing them itself (about 3 s of
 * CPU for the Web Chat bundle). Copies already there for the same bytes are kept.
 */
await webChatPageAssets().writeCompressed(compressedPageAssetsDir);
