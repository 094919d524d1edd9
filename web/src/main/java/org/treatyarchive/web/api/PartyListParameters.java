package org.treatyarchive.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.PartyAgreementQuery;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.UrlParameters;

/**
 * The filters of a party's list, as its JSON, CSV and workbook take them ({@code @BeanParam}): strings,
 * parsed here so that a wrong one is answered 400 with its name.
 */
public class PartyListParameters {

    @PathParam("code")
    String code;
    /** {@code false} leaves out what the party's predecessors took part in (listed and marked by default). */
    @QueryParam("withPredecessors")
    String withPredecessors;
    /** A second party that takes part too, for what the two have both signed. */
    @QueryParam("other")
    String other;
    @QueryParam("kind")
    String kind;
    @QueryParam("status")
    String status;
    /** The first year of a decade of signature, as {@code 1990}. */
    @QueryParam("decade")
    String decade;

    PartyAgreementQuery query() {
        return new PartyAgreementQuery(code, bool("withPredecessors", withPredecessors, true), other,
                UrlParameters.enumeration("kind", kind, AgreementKind.class), UrlParameters.enumeration("status", status, AgreementStatus.class),
                UrlParameters.optionalNumber("decade", decade));
    }

    private static boolean bool(String parameter, String value, boolean fallback) {
        if (UrlParameters.isBlank(value)) {
            return fallback;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(parameter, "'" + value + "' is neither true nor false.");
        };
    }
}
