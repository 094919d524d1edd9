package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.Page;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.UrlParameters;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/me}: who the API thinks the caller is; {@code PUT /api/me/password}: the caller's
 * own new password. For administrators: {@code GET /api/users}, {@code POST /api/users},
 * {@code PUT /api/users/{username}/enabled}, {@code PUT /api/users/{username}/password} and
 * {@code GET /api/security-log}. No URL constraint guards these; the
 * service's role check does, as it guards every route to the same data.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministration administration;

    public record Me(boolean signedIn, String username, List<String> roles) {
    }

    public record UserJson(String username, String displayName, String email, List<String> roles, String clearance,
                           boolean enabled, boolean locked) {
    }

    public record UserList(long total, List<UserJson> items) {
    }

    /** The body of {@code POST /api/users}. */
    public record NewUser(String username, String displayName, String email, List<String> roles, String clearance, String password) {
    }

    /** The body of {@code PUT /api/me/password}. */
    public record PasswordChange(String currentPassword, String password) {
    }

    public record EventJson(String at, String type, String actor, String target, String detail) {
    }

    public record EventList(long total, List<EventJson> items) {
    }

    @GET
    @Path("me")
    public Me me() {
        Principal caller = security.getCallerPrincipal();
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
        return new Me(caller != null, caller == null ? null : caller.getName(), roles);
    }

    /**
     * Replaces the caller's own password. The one call the API answers while a password set by an
     * administrator is still to be changed, so that a script's account can be put in order by a script.
     */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeOwnPassword(PasswordChange body) {
        if (body == null || body.currentPassword() == null || body.password() == null) {
            throw new BadParameterException(body == null || body.currentPassword() == null ? "currentPassword" : "password",
                    "Send {\"currentPassword\": \"...\", \"password\": \"...\"}.");
        }
        accounts.changeOwnPassword(body.currentPassword().toCharArray(), body.password().toCharArray());
        return Response.noContent().build();
    }

    @GET
    @Path("users")
    public UserList users(@QueryParam("page") String page) {
        Page<UserAccount> found = administration.listUsers((UrlParameters.page(page) - 1) * PAGE_SIZE, PAGE_SIZE);
        return new UserList(found.total(), found.items().stream().map(AccountResource::json).toList());
    }

    /** Creates an account (administrators only), for scripts that provision users. */
    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body) {
        if (body == null) {
            throw new BadParameterException("body", "Send the new user as JSON: username, displayName, email, roles, clearance, password.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : body.roles() == null ? List.<String>of() : body.roles()) {
            roles.add(parse("roles", role, Role.class));
        }
        Classification clearance = body.clearance() == null ? Classification.PUBLIC : parse("clearance", body.clearance(), Classification.class);
        UserAccount created = administration.createUser(body.username(), body.displayName(), body.email(), roles, clearance,
                body.password() == null ? new char[0] : body.password().toCharArray());
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    /** The body of {@code PUT /api/users/{username}/enabled}. */
    public record Enabled(Boolean enabled) {
    }

    /** The body of {@code PUT /api/users/{username}/password}. */
    public record TemporaryPassword(String password) {
    }

    /** Enables or disables an account (administrators only); a disabled account's open sessions end at their next request. */
    @PUT
    @Path("users/{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson setEnabled(@PathParam("username") String username, Enabled body) {
        if (body == null || body.enabled() == null) {
            throw new BadParameterException("enabled", "Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        if (body.enabled()) {
            administration.enable(username);
        } else {
            administration.disable(username);
        }
        return json(administration.getUser(username));
    }

    /**
     * Sets a temporary password (administrators only): the user's open sessions end, and the user
     * must choose their own password before anything else.
     */
    @PUT
    @Path("users/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, TemporaryPassword body) {
        if (body == null || body.password() == null) {
            throw new BadParameterException("password", "Send {\"password\": \"...\"} with the temporary password.");
        }
        administration.resetPassword(username, body.password().toCharArray());
        return Response.noContent().build();
    }

    @GET
    @Path("security-log")
    public EventList securityLog(@QueryParam("page") String page) {
        Page<SecurityEvent> found = administration.securityLog((UrlParameters.page(page) - 1) * PAGE_SIZE, PAGE_SIZE);
        return new EventList(found.total(), found.items().stream().map(event -> new EventJson(event.getOccurredAt().toString(),
                event.getType().name(), event.getActor(), event.getTarget(), event.getDetail())).toList());
    }

    private static final int PAGE_SIZE = 50;

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new BadParameterException(field, field + ": " + value + " is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static UserJson json(UserAccount user) {
        return new UserJson(user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().map(Role::name).sorted().toList(), user.getClearance().name(),
                user.isEnabled(), user.isLocked(Instant.now()));
    }
}
