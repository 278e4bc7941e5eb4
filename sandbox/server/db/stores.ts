import { ChannelStore } from './channels';
import type { Db } from './database';
import { PostStore } from './posts';
import { SessionStore } from './sessions';
import { TeamStore } from './teams';
import { UserStore } from './users';

export interface Stores {
  db: Db;
  users: UserStore;
  sessions: SessionStore;
  teams: TeamStore;
  channels: ChannelStore;
  posts: PostStore;
}

export function createStores(db: Db): Stores {
  return {
    db,
    users: new UserStore(db),
    sessions: new SessionStore(db),
    teams: new TeamStore(db),
    channels: new ChannelStore(db),
    posts: new PostStore(db),
  };
}
