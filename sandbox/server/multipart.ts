import type { FastifyRequest } from 'fastify';
import { invalidBodyParam } from './errors';

/**
 * A multipart/form-data body (Client4's uploads: files, brand image, ...) read with Node's own WHATWG parser, so
 * no hand-written one is needed. `param` is the part the endpoint is about, named in its errors as Mattermost
 * names the body parameter.
 */
export async function readMultipartForm(request: FastifyRequest, param: string): Promise<FormData> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data') || !Buffer.isBuffer(request.body)) {
    throw invalidBodyParam(param, `send the ${param} as multipart/form-data`);
  }
  return new Request('http://sandbox.invalid/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(request.body),
  })
    .formData()
    .catch(() => {
      throw invalidBodyParam(param, 'the multipart body could not be read');
    });
}
