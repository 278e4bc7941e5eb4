import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, neutraliseScriptBreakers, SafeHtml } from './html';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  `"'><svg onload=alert(3)>`,
];

describe('escapeHtml', () => {
  it('leaves no markup characters in hostile text', () => {
    for (const payload of PAYLOADS) assert.doesNotMatch(escapeHtml(payload), /[<>"']/);
    assert.equal(escapeHtml(`a & "b" <c> 'd'`), 'a &amp; &quot;b&quot; &lt;c&gt; &#39;d&#39;');
  });
});

describe('neutraliseScriptBreakers', () => {
  it('breaks </script and <!-- so inline JSON cannot end its script block', () => {
    const text = neutraliseScriptBreakers('</script><SCRIPT>x</ScRiPt><!-- <b>');
    assert.doesNotMatch(text, /<\/script/i);
    assert.doesNotMatch(text, /<!--/);
    assert.match(JSON.stringify(text), /<\u2060\/script>/);
  });

  it('reads the same once the invisible joiner is removed', () => {
    for (const payload of PAYLOADS)
      assert.equal(neutraliseScriptBreakers(payload).replaceAll('\u2060', ''), payload);
  });
});

describe('html template', () => {
  it('escapes interpolated text but keeps SafeHtml and lists of it', () => {
    const item = html`<li>${'<b>'}</li>`;
    const out = html`<ul title="${`"x"`}">${[item, item]}${undefined}${false}${new SafeHtml('<hr>')}</ul>`;
    assert.equal(out.value, '<ul title="&quot;x&quot;"><li>&lt;b&gt;</li><li>&lt;b&gt;</li><hr></ul>');
  });
});
