// Preloaded (node --require) into cucumber-js and its workers by tools/bdd/run-cucumber.ts. cucumber runs in a
// process group of its own, so nothing stops it when the launcher is killed with SIGKILL: it would go on against a
// sandbox that died with the launcher. This ends the whole group as soon as the launcher is gone.
// Plain JavaScript: it loads before the TypeScript hook.
const fs = require('node:fs');

const launcherPid = Number(process.env.CASEBOOK_LAUNCHER_PID);
const POLL_MS = 500;

function launcherIsGone() {
  try {
    process.kill(launcherPid, 0);
    return false;
  } catch (error) {
    return error.code === 'ESRCH';
  }
}

if (Number.isInteger(launcherPid) && launcherPid > 1) {
  setInterval(() => {
    if (!launcherIsGone()) return;
    process.stderr.write(`bdd: the launcher (PID ${launcherPid}) is gone: stopping cucumber\n`);
    // The run folder holds the seed's credentials, and the launcher can no longer remove it.
    if (process.env.CASEBOOK_RUN_DIR)
      fs.rmSync(process.env.CASEBOOK_RUN_DIR, { recursive: true, force: true });
    // 0: this process group, which cucumber leads and its workers joined.
    process.kill(0, 'SIGKILL');
  }, POLL_MS).unref();
}
