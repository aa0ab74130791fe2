import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const STATIC_FOLDER = new URL('../../static/console/', import.meta.url);

/** The console's script and style files, read once at start: Chart.js from its npm package, the rest our own. */
function loadAssets(): Record<string, { body: Buffer; type: string }> {
  // The package's exports name only its module builds; the browser build sits beside the CommonJS one.
  const chartFile = path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
  return {
    'chart.umd.js': { body: readFileSync(chartFile), type: 'text/javascript; charset=utf-8' },
    'console.js': { body: readFileSync(new URL('console.js', STATIC_FOLDER)), type: 'text/javascript; charset=utf-8' },
    'console.css': { body: readFileSync(new URL('console.css', STATIC_FOLDER)), type: 'text/css; charset=utf-8' },
  };
}

export function registerConsoleAssets(scope: FastifyInstance): void {
  const assets = loadAssets();
  scope.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = Object.hasOwn(assets, request.params.name) ? assets[request.params.name] : undefined;
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('No such console asset.');
    return reply.header('content-type', asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
  });
}
