package org.treatyarchive.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.treatyarchive.document.DocumentRefusedException;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.web.security.ApiGuardFilter;
import org.treatyarchive.web.security.ArchiveAuthenticationMechanism;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Outage;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures into JSON error answers with the right status, never an HTML error page. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String message, String parameter) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), message, parameter)).build();
    }

    @Provider
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException exception) {
            return error(Response.Status.BAD_REQUEST, exception.getMessage(), exception.parameter());
        }
    }

    /** A refused file: 413 when too large, 415 when not a kind the archive keeps, else 400; nothing was stored. */
    @Provider
    public static class DocumentRefused implements ExceptionMapper<DocumentRefusedException> {
        @Override
        public Response toResponse(DocumentRefusedException exception) {
            Response.Status status = switch (exception.getReason()) {
                case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                case UNSUPPORTED_TYPE, NAME_DOES_NOT_MATCH -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
                default -> Response.Status.BAD_REQUEST;
            };
            return error(status, exception.getMessage(), exception.getField());
        }
    }

    /** A register an import cannot read at all (empty, too large, not CSV, XLSX or JSON, not UTF-8, unknown columns): nothing was kept. */
    @Provider
    public static class ImportRefused implements ExceptionMapper<org.treatyarchive.importing.ImportRefusedException> {
        @Override
        public Response toResponse(org.treatyarchive.importing.ImportRefusedException exception) {
            return error(Response.Status.BAD_REQUEST, exception.getMessage(), "file");
        }
    }

    @Provider
    public static class InvalidRecord implements ExceptionMapper<InvalidRecordException> {
        @Override
        public Response toResponse(InvalidRecordException exception) {
            return error(Response.Status.BAD_REQUEST, exception.getMessage(), exception.getField());
        }
    }

    /** A body that is not JSON, or not the JSON of the expected record: 400, naming the field where known. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ProcessingException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof BadParameterException bad) {
                    return error(Response.Status.BAD_REQUEST, bad.getMessage(), bad.parameter());
                }
            }
            return BodyProblem.of(exception, request.getAttribute(ApiGuardFilter.BODY) instanceof byte[] body ? body : null).answer();
        }
    }

    @Provider
    public static class EditConflict implements ExceptionMapper<EditConflictException> {
        @Override
        public Response toResponse(EditConflictException exception) {
            return error(Response.Status.CONFLICT, exception.getMessage(), "version");
        }
    }

    @Provider
    public static class Workflow implements ExceptionMapper<WorkflowException> {
        @Override
        public Response toResponse(WorkflowException exception) {
            return error(Response.Status.CONFLICT, exception.getMessage(), "state");
        }
    }

    @Provider
    public static class RecordNotFound implements ExceptionMapper<org.treatyarchive.shared.NotFoundException> {
        @Override
        public Response toResponse(org.treatyarchive.shared.NotFoundException exception) {
            return error(Response.Status.NOT_FOUND, exception.getMessage(), null);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {

        @Inject
        SecurityContext security;

        @Override
        public Response toResponse(AccessDeniedException exception) {
            if (security.getCallerPrincipal() == null) {
                return Response.fromResponse(error(Response.Status.UNAUTHORIZED, exception.getMessage(), null))
                        .header("WWW-Authenticate", ArchiveAuthenticationMechanism.BASIC_CHALLENGE).build();
            }
            return error(Response.Status.FORBIDDEN, exception.getMessage(), null);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            String message = exception instanceof NotFoundException ? "There is no such resource." : status.getReasonPhrase();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status.getStatusCode(), message, null)).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException exception) {
            Optional<Outage.Part> away = Outage.of(exception);
            if (away.isPresent()) {
                Outage.log(LOG, exception);
                return Response.fromResponse(error(Response.Status.SERVICE_UNAVAILABLE, away.get().message(), null))
                        .header("Retry-After", Outage.RETRY_AFTER_SECONDS).build();
            }
            LOG.log(Level.SEVERE, "Unexpected failure answering an API call", exception);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "The archive could not answer; the failure was logged.", null);
        }
    }

    /**
     * A transaction the container could not commit (the database went away under it) arrives as a
     * {@code TransactionalException}, for which Jersey's CDI extension has a mapper of its own that
     * rethrows it, answering 500 with an HTML page. This one comes first and answers as
     * {@link Unexpected} does: 503 with {@code Retry-After} when the database is away (seen in {@code ClusterIT}
     * while MariaDB restarted).
     */
    @Provider
    @Priority(1)
    public static class TransactionFailed implements ExceptionMapper<TransactionalException> {

        private final Unexpected unexpected = new Unexpected();

        @Override
        public Response toResponse(TransactionalException exception) {
            return unexpected.toResponse(exception);
        }
    }
}
