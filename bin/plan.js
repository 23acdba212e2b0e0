#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS entry ~40 ms sooner than an ES module.
// It runs the bundle of dist/cli/main.js (scripts/bundle.mjs), compiled from V8's code cache.
"use strict";
const fs = require("node:fs");
const { requireBundle } = require("./code-cache.js");

const { main } = requireBundle();
const io = { cwd: process.cwd(), env: process.env, stdout: outputTo(1, "stdout"), stderr: outputTo(2, "stderr") };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

/**
 * Where plan writes its output. Into a pipe, a socket or a file it writes the bytes itself, as
 * Node's own stream would for a file: Node's stdout for a pipe loads net and the streams, ~5 ms of a
 * small `plan validate` (bench/README.md), to write a line. A terminal, /dev/null and anything else
 * get Node's stream, as does what a non-blocking pipe cannot take at once.
 */
function outputTo(fd, name) {
  const stream = { write: (text) => process[name].write(text), get isTTY() { return process[name].isTTY; } };
  let kind;
  try {
    kind = fs.fstatSync(fd);
  } catch {
    return stream;
  }
  if (!kind.isFIFO() && !kind.isSocket() && !kind.isFile()) return stream;
  let closed = false;
  let busy = false;
  return {
    isTTY: false,
    write(text) {
      if (closed) return;
      if (busy) return stream.write(text);
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
      } catch (error) {
        // A reader that went away (`plan validate | head -1`) takes no more. A non-blocking pipe that
        // is full takes the rest, and all that follows, through Node's stream, which waits for it.
        if (error.code === "EPIPE") closed = true;
        else if (error.code === "EAGAIN") {
          busy = true;
          stream.write(bytes.subarray(written));
        } else throw error;
      }
    },
  };
}
