import { fstatSync, statSync, writeSync, type Stats } from "node:fs";
import { describeReason } from "../io/system-error.js";
import { EXIT, type Writer } from "./io.js";

/** Node's stream for a descriptor: `process.stdout` or `process.stderr`. */
export type NodeStream = Pick<NodeJS.WriteStream, "write" | "isTTY" | "on">;

/** A writer that says whether every byte it was given has gone to its descriptor, errors told. */
export interface Output extends Writer {
  written(): boolean;
}

/**
 * Where plan writes its output (fd 1 or 2). Into a pipe, a socket or a file it writes the bytes
 * itself, as Node's own stream does for a file: Node's stdout for a pipe loads net and the streams
 * to write a line (~5 ms: `node -e process.stdout` 128 ms against 122 on a pipe). What goes to
 * /dev/null (`> /dev/null`, and where hyperfine and many scripts send it) is not written at all:
 * Node's stream for a device costs as much. A terminal and any other device get Node's stream,
 * which `stream` gives when first asked, as does what
 * a non-blocking pipe cannot take at once, and everything after it, so that the output keeps its order.
 * A reader that goes away (`plan validate | head -1`) takes no more, and plan ends as it would have.
 */
export function outputTo(fd: number, stream: () => NodeStream): Output {
  let gone = false;
  let queued = false;
  let watched: NodeStream | undefined;
  function readerGone(error: unknown): boolean {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPIPE" && code !== "ECONNRESET") return false;
    gone = true;
    return true;
  }
  // Node's stream reports a failed write later, as an 'error' event: unheard, it ends plan with a stack trace.
  const nodeStream = () => {
    if (watched === undefined) {
      watched = stream();
      watched.on("error", (error: unknown) => void (readerGone(error) || cannotWrite(fd, error)));
    }
    return watched;
  };
  // Bytes given to Node's stream may wait in it (a full non-blocking pipe), and its errors come as
  // events later (/dev/full): only what plan wrote itself is surely written.
  const written = () => watched === undefined;
  const viaStream: Output = {
    fd,
    write: (text) => void nodeStream().write(text),
    written,
    get isTTY() {
      return nodeStream().isTTY === true;
    },
  };
  let kind;
  try {
    kind = fstatSync(fd);
  } catch {
    return viaStream;
  }
  if (isDevNull(kind)) return { fd, isTTY: false, written: () => true, write: () => undefined };
  if (!kind.isFIFO() && !kind.isSocket() && !kind.isFile()) return viaStream;
  return {
    fd,
    isTTY: false,
    written,
    write(text) {
      if (gone) return;
      if (queued) {
        nodeStream().write(text);
        return;
      }
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        if (readerGone(error)) return;
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") {
          gone = true;
          cannotWrite(fd, error);
          return;
        }
        queued = true;
        nodeStream().write(bytes.subarray(written));
      }
    },
  };
}

/**
 * Whether `file` is what `writer` writes to: the same terminal, pipe or file (`-o /dev/stdout`,
 * `-o /proc/self/fd/1`, or a file stdout is redirected to).
 */
export function writesTo(writer: Writer, file: string): boolean {
  if (writer.fd === undefined) return false;
  try {
    const [ours, named] = [fstatSync(writer.fd), statSync(file)];
    return ours.dev === named.dev && ours.ino === named.ino;
  } catch {
    return false;
  }
}

/** Whether a descriptor's kind is the null device, which takes every byte and keeps none. */
function isDevNull(kind: Stats): boolean {
  if (!kind.isCharacterDevice()) return false;
  try {
    const devNull = statSync("/dev/null");
    return devNull.isCharacterDevice() && devNull.rdev === kind.rdev;
  } catch {
    return false; // no /dev/null (Windows): Node's stream, as for any device
  }
}

/**
 * A write that plan or Node's stream could not make (a full disk, /dev/full, a terminal gone):
 * one line on stderr and exit code 2, as for any I/O problem, whenever the error comes, before or
 * after the command's own exit code is set.
 */
function cannotWrite(fd: number, error: unknown): void {
  const { code, message } = error as NodeJS.ErrnoException;
  try {
    writeSync(2, `plan: cannot write the ${fd === 1 ? "standard output" : "standard error"}: ${describeReason(code) ?? message}\n`);
  } catch {
    // stderr is gone too: the exit code still says so.
  }
  process.exitCode = EXIT.usage;
  process.once("exit", () => void (process.exitCode = EXIT.usage));
}
