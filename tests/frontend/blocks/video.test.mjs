import assert from "node:assert/strict";
import { test } from "node:test";
import { embedUrl } from "../../../frontend/src/blocks/video.js";

test("videos embed only from their known players, privacy-enhanced", () => {
  assert.equal(
    embedUrl("https://www.youtube.com/watch?v=abcDEF12345", "youtube"),
    "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
  );
  assert.equal(
    embedUrl("https://vimeo.com/123456", "vimeo"),
    "https://player.vimeo.com/video/123456?autoplay=1&dnt=1",
  );
  assert.equal(embedUrl("https://www.youtube.com/watch?v=<script>", "youtube"), null);
  assert.equal(embedUrl("not a url", "youtube"), null);
});
