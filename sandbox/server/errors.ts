import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A Mattermost `model.AppError`: the only error shape clients ever see. */
export class AppError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly statusCode: number,
    readonly detailedError = '',
  ) {
    super(message);
  }

  toBody(requestId: string) {
    return {
      id: this.id,
      message: this.message,
      detailed_error: this.detailedError,
      request_id: requestId,
      status_code: this.statusCode,
    };
  }
}

export const invalidBodyParam = (name: string, detail = '') =>
  new AppError(
    'api.context.invalid_body_param.app_error',
    `Invalid or missing ${name} in request body.`,
    400,
    detail,
  );

export const invalidUrlParam = (name: string, detail = '') =>
  new AppError(
    'api.context.invalid_url_param.app_error',
    `Invalid or missing ${name} parameter in request URL.`,
    400,
    detail,
  );

export const sessionExpired = (detail = '') =>
  new AppError(
    'api.context.session_expired.app_error',
    'Invalid or expired session, please login again.',
    401,
    detail,
  );

export const forbidden = (permission: string) =>
  new AppError(
    'api.context.permissions.app_error',
    'You do not have the appropriate permissions.',
    403,
    `userId needs permission ${permission}`,
  );

export const notFound = (id: string, message: string) => new AppError(id, message, 404);

/** Maps framework errors (bad JSON, unknown routes, crashes) onto AppErrors; never leaks a stack. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) request.log.error(error);
    sendAppError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    sendAppError(
      request,
      reply,
      new AppError('api.context.404.app_error', 'Sorry, we could not find the page.', 404, request.url),
    );
  });
}

export function sendAppError(request: FastifyRequest, reply: FastifyReply, error: AppError): void {
  reply.code(error.statusCode).send(error.toBody(request.id));
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return invalidBodyParam('body', 'the request body is not valid JSON');
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('api.context.invalid_content_type.app_error', 'Unsupported content type.', 415);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('api.context.request_body_too_large.app_error', 'Request body too large.', 413);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('api.context.bad_request.app_error', 'Bad request.', error.statusCode);
  }
  return new AppError(
    'api.context.unknown.app_error',
    'An unknown error has occurred. Please contact support.',
    500,
  );
}
