package org.treatyarchive.web.security;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether anonymous visitors may read what is public. On by default; an operator switches it off
 * with {@code ARCHIVE_PUBLIC_ACCESS=false} (property {@code archive.public.access}), and then every
 * page and API call needs a signed-in user, except what signing in itself needs.
 */
public final class PublicAccess {

    private PublicAccess() {
    }

    public static boolean enabled() {
        return ConfigProvider.getConfig(PublicAccess.class.getClassLoader())
                .getOptionalValue("archive.public.access", String.class)
                .map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> !value.equalsIgnoreCase("false"))
                .orElse(true);
    }

    /**
     * @param path the request path inside the application, such as {@code /agreements/list.xhtml}
     * @return whether an anonymous request for it must sign in first
     */
    public static boolean requiresSignIn(String path, boolean publicAccess) {
        if (publicAccess) {
            return false;
        }
        return !(path.equals(ArchiveAuthenticationMechanism.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/WEB-INF/errorpages/"));
    }
}
