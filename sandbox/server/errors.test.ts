import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { AppError, registerErrorHandling } from './errors';

describe('registerErrorHandling', () => {
  it('turns a crash into a Mattermost 500 body without the message or stack', async () => {
    const app = Fastify();
    registerErrorHandling(app);
    app.get('/crash', async () => {
      throw new Error('database password is hunter2');
    });
    const response = await app.inject({ method: 'GET', url: '/crash' });
    assert.equal(response.statusCode, 500);
    const body = response.json();
    assert.equal(body.id, 'api.context.unknown.app_error');
    assert.equal(body.status_code, 500);
    assert.doesNotMatch(response.body, /hunter2|at .*\.ts/);
  });

  it('passes AppErrors through with their id and status', async () => {
    const app = Fastify();
    registerErrorHandling(app);
    app.get('/teapot', async () => {
      throw new AppError('some.id', 'Nope.', 418, 'why');
    });
    const body = (await app.inject({ method: 'GET', url: '/teapot' })).json();
    assert.deepEqual(
      { ...body, request_id: '' },
      {
        id: 'some.id',
        message: 'Nope.',
        detailed_error: 'why',
        request_id: '',
        status_code: 418,
      },
    );
  });
});
