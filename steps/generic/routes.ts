import type { CasebookWorld } from '../../support/world';
import { clickLabel } from './actions';

/**
 * How to reach a place that is more than clicking visible names in order: "Account Settings > Security" on a
 * server whose menus moved, "the login page". Domain files register routes; a route consumes the leading part
 * of a path it knows and returns the rest, which is then clicked element by element.
 */
export interface PathRoute {
  /** Shown in errors and in the coverage tool. */
  name: string;
  handles(path: string[]): boolean;
  follow(world: CasebookWorld, path: string[]): Promise<string[]>;
}

const routes: PathRoute[] = [];

export function definePathRoute(route: PathRoute): void {
  routes.push(route);
}

export function routeFor(path: string[]): PathRoute | undefined {
  return routes.find((route) => route.handles(path));
}

/** Opens each element of a menu path in turn ("Main Menu > Account Settings > Security"). */
export async function followPath(world: CasebookWorld, path: string[]): Promise<void> {
  const route = routeFor(path);
  const rest = route ? await route.follow(world, path) : path;
  for (const element of rest) await clickLabel(world, element);
}
