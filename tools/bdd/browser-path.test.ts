import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BrowserProbe, findBrowser, installPlan } from './browser-path';

function probe(env: NodeJS.ProcessEnv, executables: string[], playwright?: string): BrowserProbe {
  return { env, isExecutable: (file) => executables.includes(file), playwrightChromium: () => playwright };
}

describe('findBrowser', () => {
  it('prefers BROWSER_PATH, then Debian chromium, then a Playwright-installed one', () => {
    const all = ['/opt/chrome', '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/pw/chrome'];
    assert.equal(findBrowser(probe({ BROWSER_PATH: '/opt/chrome' }, all, '/pw/chrome')), '/opt/chrome');
    assert.equal(findBrowser(probe({}, all, '/pw/chrome')), '/usr/lib/chromium/chromium');
    assert.equal(
      findBrowser(probe({}, ['/usr/bin/chromium', '/pw/chrome'], '/pw/chrome')),
      '/usr/bin/chromium',
    );
    assert.equal(findBrowser(probe({}, ['/pw/chrome'], '/pw/chrome')), '/pw/chrome');
    assert.equal(findBrowser(probe({}, [], '/pw/chrome')), undefined);
  });

  it("prefers Debian's headless shell for headless runs, never for headed ones", () => {
    const debian = ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium'];
    assert.equal(findBrowser(probe({}, debian)), '/usr/lib/chromium/chromium-headless-shell');
    assert.equal(findBrowser(probe({}, debian), false), '/usr/lib/chromium/chromium');
    assert.equal(findBrowser(probe({}, debian.slice(0, 1)), false), undefined);
    assert.equal(
      findBrowser(probe({ BROWSER_PATH: '/opt/chrome' }, [...debian, '/opt/chrome'])),
      '/opt/chrome',
    );
  });

  it('names BROWSER_PATH when it points at nothing runnable', () => {
    assert.throws(
      () => findBrowser(probe({ BROWSER_PATH: '/nope' }, [])),
      /BROWSER_PATH=\/nope is not an executable/,
    );
  });
});

describe('installPlan', () => {
  const debian = 'PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n';
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

  it('uses apt as root on Debian or Ubuntu', () => {
    for (const osRelease of [debian, ubuntu]) {
      const plan = installPlan({ isRoot: true, osRelease, hasApt: true });
      assert.deepEqual(plan.commands.at(-1), [
        'apt-get',
        'install',
        '-y',
        'chromium',
        'chromium-headless-shell',
      ]);
    }
  });

  it("uses Playwright's installer elsewhere", () => {
    const fallback = [['npx', 'playwright', 'install', 'chromium']];
    assert.deepEqual(installPlan({ isRoot: false, osRelease: debian, hasApt: true }).commands, fallback);
    assert.deepEqual(
      installPlan({ isRoot: true, osRelease: 'ID=fedora\n', hasApt: false }).commands,
      fallback,
    );
  });
});
