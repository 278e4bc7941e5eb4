import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BlockItem, CallStep, InlineStep, TextItem } from './model';
import { parseCase, parseCases } from './parse';
import { BODY_FIRST_LINE, caseMarkdown } from './testing';

const where = { file: 'cases/x/MM-T1.md', relPath: 'x/MM-T1.md' };

function parse(body: string, name = 'A case') {
  const result = parseCase(caseMarkdown({ body, name }), where);
  assert.ok(result.ok, JSON.stringify(result));
  return result.model;
}

function problemsOf(source: string, at = where) {
  const result = parseCase(source, at);
  assert.ok(!result.ok, 'expected the case to be rejected');
  return result.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
}

const texts = (items: readonly BlockItem[] = []) =>
  items.filter((item): item is TextItem => item.type === 'text').map((item) => `${item.role}: ${item.text}`);

describe('parseCase: front matter', () => {
  it('reads key, name and the fields that become tags, with the line of name:', () => {
    const model = parse('**Step 1**\n\nDo it');
    assert.equal(model.key, 'MM-T1');
    assert.equal(model.nameLine, 2);
    assert.deepEqual(model.meta.teams, ['Channels']);
    assert.equal(model.meta.priorityLevel, 'P2 - Core Functions (Do core functions work?)');
  });

  it('rejects unparseable YAML with the line js-yaml points at', () => {
    assert.deepEqual(problemsOf('---\nname: ok\nkey: [MM-T1\nstatus: x\n---\n'), [
      'cases/x/MM-T1.md:4: front matter is not valid YAML: missed comma between flow collection entries',
    ]);
  });

  it('names the field and its line for a missing, malformed or empty key and name', () => {
    assert.deepEqual(problemsOf('---\nname: x\n---\nbody'), [
      'cases/x/MM-T1.md:1: front matter field "key" is missing',
    ]);
    assert.deepEqual(problemsOf(caseMarkdown({ key: 'T-1', body: '' })), [
      'cases/x/MM-T1.md:13: front matter field "key" must look like MM-T123',
    ]);
    assert.deepEqual(problemsOf(caseMarkdown({ name: '  ', body: '' })), [
      'cases/x/MM-T1.md:2: front matter field "name" must not be empty',
    ]);
    assert.deepEqual(problemsOf('---\nkey: MM-T1\nname: 12\n---\n'), [
      'cases/x/MM-T1.md:3: front matter field "name" must be a string',
    ]);
  });

  it('rejects a key that differs from the file name, a file without front matter, and a list as front matter', () => {
    assert.deepEqual(problemsOf(caseMarkdown({ key: 'MM-T2', body: '' })), [
      'cases/x/MM-T1.md:13: front matter field "key" is MM-T2 but the file is named MM-T1.md: rename one to match',
    ]);
    assert.match(
      problemsOf('# Just markdown\n')[0],
      /:1: no front matter: the file must start with a --- YAML block/,
    );
    assert.match(problemsOf('---\n- a\n- b\n---\n')[0], /:1: front matter must be a mapping of fields/);
  });

  it('reads dates and times in the front matter as the text they are written as', () => {
    const source =
      '---\nkey: MM-T1\nname: A case\nfolder: 2021-03-04\nstatus: 2021-03-04T10:00:00Z\nlabels: [2020-01-01]\n---\n';
    const result = parseCase(source, where);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.model.meta.folder, '2021-03-04');
    assert.equal(result.model.meta.status, '2021-03-04T10:00:00Z');
    assert.deepEqual(result.model.meta.labels, ['2020-01-01']);
  });

  it('accepts CRLF line endings and keeps markdown line numbers right', () => {
    const model = parseCase(caseMarkdown({ body: '**Step 1**\n\nDo it' }).replace(/\n/g, '\r\n'), where);
    assert.ok(model.ok);
    const step = model.model.steps[0] as InlineStep;
    assert.equal(step.line, BODY_FIRST_LINE);
    assert.equal(step.actions[0].line, BODY_FIRST_LINE + 2);
  });
});

describe('parseCase: body', () => {
  it('splits Objective, Precondition, Steps, Test Data and Expected', () => {
    const model = parse(
      '**Objective**\n\nWhy\n\n**Precondition**\n\nLogged in\n\n---\n\n**Step 1**\n\n1. Do\n2. Then\n\n**Test Data**\n\nabc\n\n**Expected**\n\nOk',
    );
    assert.deepEqual(texts(model.objective), ['step: Why']);
    assert.deepEqual(texts(model.precondition?.items), ['step: Logged in']);
    const step = model.steps[0] as InlineStep;
    assert.deepEqual(
      step.actions.map((item) => item.type === 'text' && item.number),
      [1, 2],
    );
    assert.deepEqual(texts(step.testData?.items), ['step: abc']);
    assert.deepEqual(texts(step.expected?.items), ['step: Ok']);
  });

  it('reads escaped lists, titles over separators, related links, notes, labels and sub-titles', () => {
    const step = parse(
      [
        '**Step 1**',
        '',
        'My case\\',
        '–––––––––––\\',
        'Steps:\\',
        '1\\. Open the app\\',
        '2\\. Note: be quick\\',
        '(optional)\\',
        '\\- Verify it opens',
        '',
        '### Scenario 2: another',
        '',
        '[Docs](https://example.com/docs)',
        '',
        '_Related ticket(s):_',
        '',
        '- [Bug title MM-1](https://example.com/MM-1)',
        '',
        'https\\://example.com/raw',
        '',
        '_Important notes about this step:_',
        '',
        'Everything here is a note',
      ].join('\n'),
      'Something else',
    ).steps[0] as InlineStep;
    assert.deepEqual(texts(step.actions), [
      'title: My case',
      'label: Steps:',
      'step: Open the app',
      'note: Note: be quick',
      'note: (optional)',
      'step: Verify it opens',
      'subtitle: Scenario 2: another',
      'link: Docs (https://example.com/docs)',
      'related-header: _Related ticket(s):_',
      'related: Bug title MM-1 (https://example.com/MM-1)',
      'url: https://example.com/raw',
      'note: _Important notes about this step:_',
      'note: Everything here is a note',
    ]);
    const related = step.actions.find((item) => item.type === 'text' && item.role === 'related');
    assert.equal(related?.type === 'text' && related.linkText, 'Bug title MM-1 https://example.com/MM-1');
  });

  it('joins a numbered action ending with ":" and the unnumbered lines it goes on over (MM-T2241)', () => {
    const step = parse(
      [
        '**Step 1**',
        '',
        '1.Post:\\',
        '/test url test-markdown-basics.md\\',
        'into a channel\\',
        '2\\. Read through the resulting post\\',
        'On 2. it renders\\',
        '3\\. Not continued\\',
        'a second action',
      ].join('\n'),
    ).steps[0] as InlineStep;
    assert.deepEqual(texts(step.actions), [
      'step: Post: /test url test-markdown-basics.md into a channel',
      'step: Read through the resulting post',
      'step: On 2. it renders',
      'step: Not continued',
      'step: a second action',
    ]);
    const first = step.actions[0];
    assert.equal(first.type === 'text' && first.line, BODY_FIRST_LINE + 2);
  });

  it('drops a first line repeating the case name only when it heads other lines', () => {
    const headed = parse('**Step 1**\n\nThe name\\\nDo it', 'The name').steps[0] as InlineStep;
    assert.deepEqual(texts(headed.actions), ['case-name: The name', 'step: Do it']);
    const alone = parse('**Step 1**\n\n/run the name', '/run the name').steps[0] as InlineStep;
    assert.deepEqual(texts(alone.actions), ['step: /run the name']);
  });

  it('turns fences, pseudo-tables, escaped fences and blockquotes into DocStrings and tables into rows', () => {
    const step = parse(
      [
        '**Step 1**',
        '',
        '```json',
        '{"a": "|"}',
        '```',
        '',
        'Post:\\',
        '\\| A \\| B \\|\\',
        '\\| 1 \\| 2 \\|',
        '',
        'Post code:\\',
        '\\`\\`\\`\\',
        'x = 1\\',
        '\\`\\`\\`',
        '',
        '> quoted *text*',
        '',
        '| h1 | h2 |',
        '| --- | --- |',
        '| a \\| b | c |',
      ].join('\n'),
    ).steps[0] as InlineStep;
    const docs = step.actions.filter((item) => item.type === 'doc');
    assert.deepEqual(
      docs.map((doc) => [doc.content, doc.mediaType]),
      [
        ['{"a": "|"}', 'json'],
        ['| A | B |\n| 1 | 2 |', undefined],
        ['```\nx = 1\n```', undefined],
        ['quoted *text*', undefined],
      ],
    );
    const table = step.actions.find((item) => item.type === 'table');
    assert.deepEqual(table?.type === 'table' && table.rows, [
      ['h1', 'h2'],
      ['a | b', 'c'],
    ]);
  });

  it('keeps emphasis, code and quotes as written; resolves escapes and entities; cleans NBSP and zero-width', () => {
    const step = parse('**Step 1**\n\nClick **Save** on `a\\_b` "Now"\u00a0\u200bplease &amp; go \\<b>')
      .steps[0] as InlineStep;
    assert.deepEqual(texts(step.actions), ['step: Click **Save** on `a\\_b` "Now" please & go <b>']);
  });

  it('nests the copy of a called case under its call, by step number', () => {
    const model = parse(
      [
        '**Step 1 from MM-T9: Setup `x`**',
        '',
        '<!-- (Auto-generated) -->',
        '',
        '_**Step 1.1 from MM-T8: Inner**_',
        '',
        '_**Step 1.1.1**_',
        '',
        'Deep action',
        '',
        '_**Step 1.2**_',
        '',
        'Copy action',
        '',
        '_**Expected**_',
        '',
        'Copy result',
        '',
        '---',
        '',
        '**Step 2**',
        '',
        'Own action',
      ].join('\n'),
    );
    const call = model.steps[0] as CallStep;
    assert.equal(call.type, 'call');
    assert.equal(call.calleeKey, 'MM-T9');
    assert.equal(call.calleeName, 'Setup `x`');
    assert.deepEqual(
      call.copy.map((section) => `${section.type} ${section.number}`),
      ['call 1.1', 'inline 1.2'],
    );
    assert.equal((call.copy[0] as CallStep).copy[0].number, '1.1.1');
    assert.deepEqual(texts((call.copy[1] as InlineStep).expected?.items), ['step: Copy result']);
    assert.equal(model.steps[1].number, '2');
  });

  it('survives very long lines and odd characters at line starts', () => {
    const long = 'word '.repeat(2000).trim();
    const step = parse(`**Step 1**\n\n${long}\\\n\\# not a heading\\\n@mention someone\\\n\\* starred`)
      .steps[0] as InlineStep;
    assert.deepEqual(texts(step.actions), [
      `step: ${long}`,
      'step: # not a heading',
      'step: @mention someone',
      'step: starred',
    ]);
  });
});

describe('parseCases', () => {
  it('gives every case of a batch what parseCase gives it alone, broken cases among them', () => {
    const at = (key: string) => ({ file: `cases/x/${key}.md`, relPath: `x/${key}.md` });
    const inputs = [
      { source: caseMarkdown({ key: 'MM-T1', body: '**Step 1**\n\nFirst' }), where: at('MM-T1') },
      { source: '---\nkey: [unclosed\n---\n', where: at('MM-T2') },
      { source: caseMarkdown({ key: 'MM-T9', body: '**Step 1**\n\nMisnamed' }), where: at('MM-T3') },
      {
        source: caseMarkdown({ key: 'MM-T4', body: '**Step 1**\n\nFourth\n\n**Expected**\n\nSeen' }),
        where: at('MM-T4'),
      },
    ];
    const batch = parseCases(inputs);
    assert.deepEqual(
      batch,
      inputs.map(({ source, where }) => parseCase(source, where)),
    );
    assert.deepEqual(
      batch.map((result) => result.ok),
      [true, false, false, true],
    );
  });
});
