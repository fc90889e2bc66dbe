// Test support: permissions do not stop root, so a test that needs the
// operating system to refuse a read or a write runs the command as the
// unprivileged user `nobody` when the suite runs as root, and as the current
// user otherwise. Either way the refusal is the kernel's own EACCES.

export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

/** Whom to run a command as so that file permissions apply to it; undefined: as this process. */
export const UNPRIVILEGED: RunAs | undefined = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
