package org.treatyarchive.web.admin.users;

import org.treatyarchive.shared.Classification;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAccount;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;

/** What the create and edit pages both edit: name, e-mail, roles and clearance. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String email;
    private Role[] roles;
    private Classification clearance = Classification.PUBLIC;

    UserForm(Role... roles) {
        this.roles = roles;
    }

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm(user.getRoles().toArray(Role[]::new));
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.clearance = user.getClearance();
        return form;
    }

    EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles == null ? new Role[0] : roles));
        return set;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Classification getClearance() {
        return clearance;
    }

    public void setClearance(Classification clearance) {
        this.clearance = clearance;
    }
}
