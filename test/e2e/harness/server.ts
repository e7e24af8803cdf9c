import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  port: number;
  /** URL of a fixture page as if served by `host` (the browsers resolve every host to 127.0.0.1). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages on 127.0.0.1 with a random port. */
export async function startFixtureServer(root = join(process.cwd(), 'test/fixtures/pages')): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/generated/long.html') {
      const words = Number(url.searchParams.get('words') ?? 100_000);
      res
        .writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' })
        .end(longArticlePage(root, words));
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = 'www.alsawsana.com') => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A very long article page (for budgets and hostile-size tests): the founding
 * article's paragraphs repeated until the page has `words` words.
 */
export function longArticlePage(root: string, words: number): string {
  const html = readFileSync(join(root, 'founding-article.html'), 'utf8');
  const paras = [...html.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length]!;
    out.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة طويلة</title>
<meta property="og:type" content="article"></head><body><article><h1>OpenAI تفتح مصدر نماذجها</h1>${out.join('\n')}</article></body></html>`;
}
