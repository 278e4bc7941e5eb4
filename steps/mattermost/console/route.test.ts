import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routeFor } from '../../generic/routes';
import './route';

const routeName = (path: string[]) => routeFor(path)?.name;

describe('the System Console as a menu-path route', () => {
  it('takes paths that name the console, or start at one of its categories and name a section of it', () => {
    assert.equal(routeName(['Main Menu', 'System Console']), 'System Console');
    assert.equal(routeName(['System Console', 'Site Configuration', 'Customization']), 'System Console');
    assert.equal(routeName(['Site configuration', 'Users and Teams from the menu']), 'System Console');
  });

  it('leaves other menu paths alone, even one through a word the console also uses', () => {
    assert.notEqual(routeName(['Main Menu', 'Integrations', 'Slash Commands']), 'System Console');
    assert.notEqual(routeName(['main menu', 'Leave Team']), 'System Console');
    assert.notEqual(routeName(['Site configuration', 'No Such Page']), 'System Console');
  });
});
