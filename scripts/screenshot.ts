/** `npx tsx scripts/screenshot.ts /path/ out.png [width] [dark]`: looks at a built page. */
import { serveStatic } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';

const [path = '/', out = 'screenshot.png', width = '1100', scheme = 'light'] = process.argv.slice(2);
const server = await serveStatic(new URL('../dist', import.meta.url).pathname);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(server.origin + path);
await page.screenshot({ path: out, fullPage: process.argv.includes('full') });
await browser.close();
await server.close();
