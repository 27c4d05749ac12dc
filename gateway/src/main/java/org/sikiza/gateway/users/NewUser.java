package org.sikiza.gateway.users;

/** A user just created, with the API token issued to them (shown once, never stored in the clear). */
public record NewUser(UserAccount account, ApiToken token) {}
