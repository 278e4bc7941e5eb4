import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lower-case letters, digits, - or _ (at most 64)');

const seedUser = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z][a-z0-9._-]{2,21}$/, 'must be 3-22 lower-case characters, starting with a letter'),
  password: z.string().min(8, 'must be at least 8 characters'),
  email: z.email(),
  first_name: z.string().max(64).default(''),
  last_name: z.string().max(64).default(''),
  nickname: z.string().max(64).default(''),
  roles: z.enum(['system_user', 'system_admin system_user']).default('system_user'),
  notify_props: z.record(z.string(), z.string()).optional(),
});

const seedPost = z.strictObject({ user: z.string(), message: z.string().min(1) });

const seedChannel = z.strictObject({
  name: slug,
  display_name: z.string().min(1).max(64),
  type: z.enum(['O', 'P']).default('O'),
  purpose: z.string().max(250).default(''),
  header: z.string().max(1024).default(''),
  /** Usernames; a public channel defaults to every team member, a private one must list them. */
  members: z.array(z.string()).optional(),
  posts: z.array(seedPost).default([]),
});

const seedTeam = z.strictObject({
  name: slug,
  display_name: z.string().min(1).max(64),
  description: z.string().max(255).default(''),
  members: z.array(z.string()).min(1),
  channels: z.array(seedChannel).min(1),
});

export const seedSchema = z.strictObject({
  site_name: z.string().min(1).max(30).optional(),
  users: z.array(seedUser).min(1),
  teams: z.array(seedTeam).min(1),
});

export type Seed = z.infer<typeof seedSchema>;
export type SeedTeam = Seed['teams'][number];
export type SeedChannel = SeedTeam['channels'][number];
