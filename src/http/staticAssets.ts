import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { chooseCoding } from './acceptEncoding.js';
import type { Compression } from './acceptEncoding.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A versioned URL's bytes never change, so browsers keep them a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** An unversioned URL may change with the next release: browsers ask each time, and get 304 when it has not. */
const REVALIDATE = 'no-cache';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const GZIP_OPTIONS = { level: 9 };

interface Asset {
  contentType: string;
  body: Buffer;
  /** The first 16 hex digits of the SHA-256 of `body`: the URL's version and the ETag. */
  version: string;
  /** Compressed copies, each kept only when smaller than `body`. */
  encoded: Partial<Record<Compression, Buffer>>;
  /** Settles when the gzip copy is made (or could not be); brotli follows. */
  gzipped?: Promise<void>;
}

/** Strong or weak entity tags in If-None-Match that name `etag`, or `*`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

const CODINGS = ['br', 'gzip'] as const;
/** `chat.js.<version>.br`: a compressed copy as `npm run build` writes it, named for the bytes it holds. */
const compressedName = (name: string, asset: Asset, coding: Compression) => `${name}.${asset.version}.${coding === 'gzip' ? 'gz' : coding}`;

/**
 * Scripts and style sheets held in memory, each at a URL carrying a hash of its bytes, sent brotli- or
 * gzip-compressed as the browser accepts. The compressed copies come from `compressedDir`, where
 * `npm run build` writes them; an asset without one there is compressed with the first request for the
 * page or an asset, on the thread pool: gzip first (the first requests wait for it, about 0.15 s for the
 * Web Chat bundle), then brotli in the background (about 3 s), sent from then on.
 */
export class StaticAssets {
  private readonly assets = new Map<string, Asset>();
  private compressing?: Promise<void>;

  /** `files`: URL name (`chat.js`) → path on disk. */
  constructor(files: ReadonlyMap<string, string>, options: { compressedDir?: string } = {}) {
    for (const [name, path] of files) {
      const contentType = CONTENT_TYPES[extname(name)];
      if (!contentType || !/^[\w.-]+$/.test(name)) throw new Error(`not a script or style sheet name: ${name}`);
      const body = readFileSync(path);
      const asset: Asset = { contentType, body, version: createHash('sha256').update(body).digest('hex').slice(0, 16), encoded: {} };
      if (options.compressedDir) readCompressed(options.compressedDir, name, asset);
      this.assets.set(name, asset);
    }
  }

  /** Every script and style sheet in `dir`, then `extra` (URL name → path), which wins on a clash. */
  static fromDirectory(dir: string, extra: Record<string, string> = {}, options: { compressedDir?: string } = {}): StaticAssets {
    const names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && extname(entry.name) in CONTENT_TYPES);
    return new StaticAssets(new Map([...names.map((entry): [string, string] => [entry.name, join(dir, entry.name)]), ...Object.entries(extra)]), options);
  }

  /** Writes each asset's compressed copies to `dir` (those not there yet) and removes any other file there. */
  async writeCompressed(dir: string): Promise<void> {
    await this.compress();
    mkdirSync(dir, { recursive: true });
    const wanted = new Set<string>();
    for (const [name, asset] of this.assets) {
      for (const coding of CODINGS) {
        const bytes = asset.encoded[coding];
        if (!bytes) continue;
        const file = compressedName(name, asset, coding);
        wanted.add(file);
        if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), bytes);
      }
    }
    for (const file of readdirSync(dir)) if (!wanted.has(file)) rmSync(join(dir, file), { force: true });
  }

  names(): string[] {
    return [...this.assets.keys()];
  }

  /** `/<name>?v=<hash>`, the URL to put in pages. */
  url(name: string): string {
    const asset = this.assets.get(name);
    if (!asset) throw new Error(`no asset named ${name}`);
    return `/${name}?v=${asset.version}`;
  }

  /** `html` with each `src="/<name>"` and `href="/<name>"` naming one of these assets pointed at its versioned URL. */
  link(html: string): string {
    return html.replace(/(\s(?:src|href)=")\/([\w.-]+)"/g, (whole, attribute: string, name: string) => (this.assets.has(name) ? `${attribute}${this.url(name)}"` : whole));
  }

  /** `GET` and `HEAD /<name>` for every asset. */
  register(server: Server): void {
    for (const name of this.assets.keys()) {
      const handler = async (req: Request, res: Response) => this.send(req, res, name);
      server.get(`/${name}`, handler);
      server.head(`/${name}`, handler);
    }
  }

  /** Starts compressing every asset, once; settles when all are done. */
  compress(): Promise<void> {
    this.compressing ??= Promise.all([...this.assets.values()].map((asset) => this.compressOne(asset))).then(() => undefined);
    return this.compressing;
  }

  /** Makes the copies `compressedDir` did not have: gzip first, then brotli. */
  private async compressOne(asset: Asset): Promise<void> {
    const keep = (coding: Compression, bytes: Buffer) => {
      if (bytes.length < asset.body.length) asset.encoded[coding] = bytes;
    };
    if (!asset.encoded.gzip) {
      asset.gzipped = gzipAsync(asset.body, GZIP_OPTIONS).then((bytes) => keep('gzip', bytes), () => undefined);
      await asset.gzipped;
    }
    if (asset.encoded.br) return;
    // Quality 10: the bundle in 635 KB and about 3 s; 11 saves 11 KB more for twice the time, 9 costs 58 KB for a tenth.
    const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: asset.body.length } };
    await brotliAsync(asset.body, brotli).then((bytes) => keep('br', bytes), () => undefined);
  }

  private async send(req: Request, res: Response, name: string): Promise<void> {
    const asset = this.assets.get(name)!;
    void this.compress();
    const acceptEncoding = req.headers['accept-encoding'];
    // Until brotli is ready, a browser that takes gzip waits for it rather than get the full bytes.
    if (!asset.encoded.br && chooseCoding(acceptEncoding, ['gzip']) === 'gzip') await asset.gzipped;
    const coding = chooseCoding(acceptEncoding, CODINGS.filter((candidate) => asset.encoded[candidate]));
    const body = coding === 'identity' ? asset.body : asset.encoded[coding]!;
    const etag = coding === 'identity' ? `"${asset.version}"` : `"${asset.version}-${coding}"`;
    const versioned = new URL(req.url ?? '/', 'http://localhost').searchParams.get('v') === asset.version;
    const headers = {
      'cache-control': versioned ? IMMUTABLE : REVALIDATE,
      etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': asset.contentType,
      'content-length': String(body.length),
      ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

/** The copies `npm run build` wrote for these bytes, if it did; a copy that is not smaller is not one it writes. */
function readCompressed(dir: string, name: string, asset: Asset): void {
  for (const coding of CODINGS) {
    const path = join(dir, compressedName(name, asset, coding));
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    if (bytes.length < asset.body.length) asset.encoded[coding] = bytes;
  }
}
