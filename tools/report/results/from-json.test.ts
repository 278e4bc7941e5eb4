import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenariosFromJson } from './from-json';

const feature = {
  uri: 'features/a/MM-T1.feature',
  keyword: 'Feature',
  name: 'MM-T1: a case',
  description: '  Source: cases/a/MM-T1.md',
  line: 3,
  tags: [{ name: '@MM-T1', line: 2 }],
  elements: [
    {
      keyword: 'Scenario',
      name: 'a case',
      line: 6,
      type: 'scenario',
      tags: [{ name: '@MM-T1', line: 2 }],
      steps: [
        { keyword: 'Before', hidden: true, result: { status: 'passed', duration: 5 } },
        {
          keyword: 'Given ',
          name: 'a table',
          line: 7,
          arguments: [{ rows: [{ cells: ['a', 'b'] }] }],
          result: { status: 'passed' },
        },
        {
          keyword: 'Then ',
          name: 'a text',
          line: 9,
          arguments: [{ content: 'hello', line: 10 }],
          result: { status: 'failed', error_message: 'boom' },
        },
        {
          keyword: 'After',
          hidden: true,
          result: { status: 'passed' },
          embeddings: [{ mime_type: 'image/png', data: 'AAAA' }],
        },
      ],
    },
  ],
};

describe('scenariosFromJson', () => {
  it('maps Cucumber JSON to scenarios with hooks, tables, DocStrings and attachments', () => {
    const [scenario] = scenariosFromJson([feature], 'cucumber.json', assert.fail);
    assert.equal(scenario?.feature.name, 'MM-T1: a case');
    assert.deepEqual(scenario?.feature.tags, ['@MM-T1']);
    assert.deepEqual(
      scenario?.steps.map((step) => [step.hook, step.status]),
      [
        ['before', 'passed'],
        [undefined, 'passed'],
        [undefined, 'failed'],
        ['after', 'passed'],
      ],
    );
    assert.deepEqual(scenario?.steps[1]?.table, [['a', 'b']]);
    assert.equal(scenario?.steps[2]?.docString, 'hello');
    assert.equal(scenario?.steps[2]?.error, 'boom');
    assert.deepEqual(scenario?.steps[3]?.attachments, [
      { mediaType: 'image/png', body: 'AAAA', fileName: undefined },
    ]);
    assert.deepEqual(scenario?.attempts, [{ status: 'failed' }]);
  });

  it('leaves out, with a warning, what is not Cucumber JSON', () => {
    const warnings: string[] = [];
    const scenarios = scenariosFromJson([{ name: 'no uri' }, feature], 'x.json', (w) => warnings.push(w));
    assert.equal(scenarios.length, 1);
    assert.match(warnings[0]!, /^x\.json: feature #1 is not Cucumber JSON \(uri: /);
  });
});
