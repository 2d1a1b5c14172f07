package ru.perechen.tp.model;

import java.util.List;

/**
 * A process of the registry of inter- and intra-agency processes (4.1): a service, a support
 * measure, a function or an internal process, through which clients interact with the ministry.
 * Fields are {@code null} when the file gives no readable value.
 */
public record InteractionProcess(String id, String name, ClientType client, ProcessCategory category,
                                 ProcessScope scope, String unit, List<Basis> basis, String note,
                                 Origin origin) {
}
