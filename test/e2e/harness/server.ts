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
  /** Every path requested so far (to prove what was fetched, and by whom). */
  requests: string[];
  /** URL of a fixture page as if served by `host` (the browsers resolve every host to 127.0.0.1). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages on 127.0.0.1 with a random port. */
export async function startFixtureServer(root = join(process.cwd(), 'test/fixtures/pages')): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/generated/')) requests.push(url.pathname + url.search);
    const generated = generatedPage(root, url);
    if (generated !== null) {
      requests.push(url.pathname + url.search);
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(generated);
      return;
    }
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
    requests,
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

const ARTICLE_HEAD =
  '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار</title><meta property="og:type" content="article"></head><body>';

/** Pages made on request: sizes and shapes too big to commit. Null when `url` is not one. */
function generatedPage(root: string, url: URL): string | null {
  const n = (k: string, d: number) => Math.min(Number(url.searchParams.get(k) ?? d) || d, 2_000_000);
  switch (url.pathname) {
    case '/generated/huge-node.html': {
      // One text node of about 1,000,000 characters.
      const unit = 'أعلنت OpenAI وميتا وغوغل عن نماذج ذكاء اصطناعي جديدة مفتوحة المصدر في سوق التقنية. ';
      return `${ARTICLE_HEAD}<article><h1>نص طويل جداً</h1><p>${unit.repeat(Math.ceil(n('chars', 1_000_000) / unit.length))}</p></article></body></html>`;
    }
    case '/generated/deep.html': {
      const depth = n('depth', 50_000);
      const text =
        '<p>أطلقت OpenAI نموذج GPT-5 وردت غوغل بنموذج جديد في سباق الذكاء الاصطناعي والتقنية والنماذج اللغوية الكبيرة ومراكز البيانات، فيما تراقب ميتا السوق.</p>';
      return `${ARTICLE_HEAD}<article>${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}${text.repeat(3)}</article></body></html>`;
    }
    case '/generated/iframes.html': {
      const frames = Array.from(
        { length: n('n', 1000) },
        (_, i) => `<iframe title="f${i}" srcdoc="&lt;p&gt;OpenAI ${i}&lt;/p&gt;" width="20" height="20"></iframe>`,
      ).join('');
      const html = readFileSync(join(root, 'founding-article.html'), 'utf8');
      return html.replace('</footer>', `</footer><div>${frames}</div>`);
    }
    default:
      return null;
  }
}
