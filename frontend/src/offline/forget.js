// "Forget this site on this phone": every copy the service worker saved, its bookkeeping, the
// worker itself and any storage of this origin, deleted. Used by the quick exit (which loads
// it when used, and waits for it a few hundred milliseconds at most) and the safety page's
// button. An entry of the build of its own (build.mjs), so the quick exit can import it by its
// address.

export async function forgetSite(win = window) {
  const jobs = [];
  const workers = win.navigator?.serviceWorker;
  if (workers) {
    jobs.push(
      workers.getRegistrations().then((registrations) =>
        Promise.all(
          registrations.map((registration) => {
            // The worker deletes too (its expiration records among them), and goes on after
            // this page has left.
            const worker = registration.active || registration.waiting || registration.installing;
            worker?.postMessage({ type: "forget" });
            return registration.unregister();
          }),
        ),
      ),
    );
  }
  if (win.caches) {
    jobs.push(
      win.caches.keys().then((keys) => Promise.all(keys.map((key) => win.caches.delete(key)))),
    );
  }
  if (win.indexedDB?.databases) {
    // Not waited for: a database the worker still holds open is deleted once it lets go.
    jobs.push(
      win.indexedDB.databases().then((databases) => {
        for (const { name } of databases) win.indexedDB.deleteDatabase(name);
      }),
    );
  }
  try {
    win.localStorage?.clear();
    win.sessionStorage?.clear();
  } catch {
    // storage refused (a private window's rules): nothing was kept there
  }
  await Promise.allSettled(jobs);
}
