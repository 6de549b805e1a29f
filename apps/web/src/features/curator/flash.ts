/**
 * A notice that outlives one screen: "Draft saved" is set just before a new event's screen gives way to its
 * edit screen, and taken (once) by the screen that mounts next.
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
