import assert from "node:assert/strict";
import { test } from "node:test";
import { roundedPosition } from "../../../frontend/src/directory/near-me.js";

test("a visitor's position is rounded to about a kilometre before it is sent", () => {
  assert.equal(roundedPosition(39.099712, -94.578331), "39.10,-94.58");
});
