import { html, useState } from '/static/js/ui.js';

/** Mattermost's CopyText: a copy icon (`data-testid="copyText"`, class fa-copy) that copies a value. */
export function CopyText({ value, label }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Browsers without clipboard permission still show the icon; the value stays selectable.
    }
    setCopied(true);
  };
  return html`
    <span
      data-testid="copyText"
      class="copy-text fa fa-copy"
      role="button"
      tabindex="0"
      aria-label=${label}
      title=${copied ? 'Copied' : label}
      onClick=${copy}
    >⧉</span>
  `;
}
