import type { StepPosition } from './step-positions';

/**
 * What the scenario's steps created or opened, so that later lines can point back at it: "the message",
 * "that channel", "the reply", "User B", "the file". Steps that post, create or open something call
 * `world.memory.remember('post', { label: text, id })`; the assertion language resolves referents with
 * `latest('post')`. Kinds are free words, but the ones the grammar resolves are listed in REFERENT_KINDS.
 */
export interface Remembered {
  /** What a tester would see or type for it: the post's text, the channel's display name, the username. */
  label: string;
  /** The app's id when the step knows it (post id, channel name in the URL, user id). */
  id?: string;
  /** Anything else a domain wants to keep (the channel of a post, the team of a channel…). */
  details?: Record<string, string>;
  /** The step that made it (set by remember from the world's current step). */
  at?: StepPosition;
}

/** Kinds the assertion grammar knows how to point at ("the post", "that channel"…). */
export const REFERENT_KINDS = ['post', 'reply', 'channel', 'user', 'team', 'thread', 'file'] as const;

export class ScenarioMemory {
  private readonly items = new Map<string, Remembered[]>();

  remember(kind: string, item: Remembered): void {
    const list = this.items.get(kind) ?? [];
    list.push(item);
    this.items.set(kind, list);
  }

  /** The most recent item of a kind ("the message" is the last one posted). */
  latest(kind: string): Remembered | undefined {
    return this.items.get(kind)?.at(-1);
  }

  /** Every item of a kind, oldest first. */
  all(kind: string): Remembered[] {
    return [...(this.items.get(kind) ?? [])];
  }
}
