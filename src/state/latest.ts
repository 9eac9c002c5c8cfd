/**
 * The one stale-response guard. Each job started supersedes the one before, and the outcome
 * of a superseded job is dropped, so a slow older answer can never overwrite a newer one.
 */
export class Latest {
  #seq = 0;

  /** Start a new job; the returned check stays true while no newer job has started. */
  begin(): () => boolean {
    const mine = ++this.#seq;
    return () => mine === this.#seq;
  }

  /** Start a job for `work`: `done` or `failed` runs only if it is still the newest when it settles. */
  follow<T>(work: Promise<T>, done: (value: T) => void, failed: (error: unknown) => void): void {
    const current = this.begin();
    work.then(
      (v) => {
        if (current()) done(v);
      },
      (e: unknown) => {
        if (current()) failed(e);
      },
    );
  }

  /** Drop whatever is in flight (e.g. the input went away). */
  cancel(): void {
    this.#seq++;
  }
}

/** An error as the text a view shows. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
