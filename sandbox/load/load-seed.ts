import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LoadAccount {
  username: string;
  password: string;
}

/** A seed with `clients` users in one team and its two public channels, written into `dir`. */
export function writeLoadSeed(dir: string, clients: number): { file: string; accounts: LoadAccount[] } {
  const accounts = Array.from({ length: clients }, (_, index) => ({
    username: `load-${String(index + 1).padStart(3, '0')}`,
    password: `Load-user-${index + 1}!`,
  }));
  const seed = {
    users: accounts.map((account) => ({ ...account, email: `${account.username}@load.test` })),
    teams: [
      {
        name: 'load',
        display_name: 'Load',
        members: accounts.map((account) => account.username),
        channels: [
          { name: 'town-square', display_name: 'Town Square' },
          { name: 'off-topic', display_name: 'Off-Topic' },
        ],
      },
    ],
  };
  const file = path.join(dir, 'load-seed.json');
  writeFileSync(file, JSON.stringify(seed));
  return { file, accounts };
}
