/**
 * The designer's service worker (built into sw.js by scripts/offlinePlugin.ts): every file of
 * the build is cached when it installs, so that the designer opens and works with no network
 * once it has loaded. Pages come from the network first (a new build shows when online) and
 * from the cache offline; the hashed assets come from the cache first. A new build's worker
 * waits until the last tab of the old one has closed, so no page mixes two builds.
 */

declare const __PRECACHE_URLS__: string[];
declare const __CACHE_NAME__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  readonly registration: { readonly scope: string };
}

const worker = self as unknown as ServiceWorkerScope;
const cachePrefix = 'ecr-designer-';
const page = new URL('index.html', worker.registration.scope).href;

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(__CACHE_NAME__).then((cache) => cache.addAll(__PRECACHE_URLS__)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(cachePrefix) && name !== __CACHE_NAME__)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(page, { cacheName: __CACHE_NAME__ });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  // Module scripts are requested with an Origin header the precache requests lacked, and the
  // server varies on it: the URL alone decides.
  const cached = await caches.match(request, { cacheName: __CACHE_NAME__, ignoreVary: true });
  return cached ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(worker.registration.scope)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

export {};
