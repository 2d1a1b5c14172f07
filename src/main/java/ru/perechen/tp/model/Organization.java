package ru.perechen.tp.model;

/** An organisation whose points the register holds: the ministry, a subordinate or an authorised one. */
public record Organization(String id, String name, OrganizationRole role, Origin origin) {
}
