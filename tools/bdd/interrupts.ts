import { INTERRUPTIONS } from './run-cucumber';

type Interruption = keyof typeof INTERRUPTIONS;

/**
 * The launcher's answer to Ctrl-C (and SIGTERM, SIGHUP): the first one lets the run wind down (runCucumber
 * passes it on to cucumber; what finished is then published and reported); a second one runs `quit` at once.
 * Without a handler Node would exit on the first signal and leave the results, the report and the run folder
 * half done.
 */
export class Interrupts {
  /** The first signal received, if any. */
  signal?: Interruption;

  constructor(
    private readonly log: (line: string) => void,
    private readonly quit: (signal: Interruption) => void,
  ) {
    for (const signal of Object.keys(INTERRUPTIONS)) process.on(signal, this.handle);
  }

  /** The exit code of an interrupted run (128 + signal number), or `code` when none came. */
  exitCode(code: number): number {
    return this.signal ? INTERRUPTIONS[this.signal] : code;
  }

  dispose(): void {
    for (const signal of Object.keys(INTERRUPTIONS)) process.off(signal, this.handle);
  }

  private readonly handle = (signal: Interruption) => {
    if (this.signal) {
      this.log(`${signal} again: quitting now`);
      this.quit(signal);
      return;
    }
    this.signal = signal;
    this.log(
      `${signal}: stopping the scenarios; what finished goes into the results and the report (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again quits at once)`,
    );
  };
}
