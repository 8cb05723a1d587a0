// Alpine's CSP build reads every global once when it loads. Reading Chromium's fenced-frame
// globals (window.fence, Fence, FencedFrameConfig, HTMLFencedFrameElement)
// interfaces counts as using a deprecated feature and is reported (Lighthouse marks the site
// down for it). This site never uses fenced frames, so they are removed before Alpine looks.
for (const name of Object.getOwnPropertyNames(globalThis)) {
  if (/fence/i.test(name)) {
    try {
      delete globalThis[name];
    } catch {
      // not deletable here: nothing else to do
    }
  }
}
