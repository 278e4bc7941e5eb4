// Escaping for text that ends up in the HTML report. multiple-cucumber-html-reporter 3.11.0 prints most
// case text raw, prints a few fields through its own `escape` filter, and embeds whole features as inline
// JSON in a <script>. Each field therefore gets exactly one of the two treatments below.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For text the reporter prints raw (names, step text, tags, table cells): entity-encode it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

// U+2060 WORD JOINER: invisible and unbreakable, so the text reads the same.
const WORD_JOINER = '\u2060';

/**
 * For text the reporter escapes itself (descriptions, error messages, DocStrings, attachment names):
 * escaping again would show "&lt;" to the reader, but the same text is also embedded in an inline
 * <script> as JSON, where `</script` or `<!--` would end or confuse the script block. Breaking every
 * `</` and `<!` with an invisible character keeps the text readable and the script block intact.
 */
export function neutraliseScriptBreakers(text: string): string {
  return text.replace(/<(?=[/!?])/g, `<${WORD_JOINER}`);
}

/** HTML built by casebook itself; interpolated into `html` templates without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type HtmlValue = SafeHtml | string | number | undefined | null | false | HtmlValue[];

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
}

/** Tagged template: every interpolated value is escaped unless it is SafeHtml (or a list of them). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}
