import { displayPath } from "./read-source.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "already exists",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EMFILE: "too many open files",
  ELOOP: "too many symbolic links (a link that leads back to itself)",
  ENAMETOOLONG: "the name is too long",
};

const WRITING = new Set(["mkdir", "rename", "write", "fsync", "unlink", "rmdir", "copyfile"]);

/** What an error code means, in the words plan's messages use; undefined for a code it has no words for. */
export function describeReason(code: string | undefined): string | undefined {
  return code === undefined ? undefined : REASONS[code];
}

/** Why a file named on the command line could not be read, in the words of plan's messages ("no such file"). */
export function whyUnread(error: NodeJS.ErrnoException): string {
  return error.code === "ENOENT" ? "no such file" : (describeReason(error.code) ?? error.message);
}

/** A file-system error (reading or writing a path) as one line for the user, or undefined for a bug. */
export function describeSystemError(error: unknown, cwd: string): string | undefined {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== "string" || typeof path !== "string") return undefined;
  const verb = syscall === undefined || WRITING.has(syscall) ? "cannot write" : syscall === "open" ? "cannot open" : "cannot read";
  // A place outside the working directory by its absolute path: `--out /proc/x` is not `../../proc/x`.
  const relative = displayPath(cwd, path);
  return `${verb} ${relative === ".." || relative.startsWith("../") ? path : relative}: ${describeReason(code) ?? code}`;
}
