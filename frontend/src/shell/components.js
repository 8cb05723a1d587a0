// Alpine components (the CSP build: no eval, so every behaviour is a named method here).

export function registerComponents(Alpine) {
  // A button that shows and hides a menu: the Resource guide's cities, the phone menu.
  Alpine.data("disclosure", () => ({
    open: false,
    get stateClass() {
      return this.open ? "is-open" : "";
    },
    toggle() {
      this.open = !this.open;
    },
    close() {
      if (!this.open) return;
      this.open = false;
      this.$refs.button?.focus();
    },
    closeQuietly() {
      this.open = false;
    },
  }));

  // A video that loads from its host only when the visitor presses Play.
  Alpine.data("videoPlayer", () => ({
    playing: false,
    play() {
      const root = this.$root; // the figure; $el would be the button pressed
      const src = root.dataset.embed;
      if (!src || !/^https:\/\//.test(src)) return;
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = root.dataset.title || "Video";
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.referrerPolicy = "no-referrer";
      frame.setAttribute("allowfullscreen", "");
      root.querySelector(".video__frame").append(frame);
      this.playing = true;
      frame.focus();
    },
  }));
}
