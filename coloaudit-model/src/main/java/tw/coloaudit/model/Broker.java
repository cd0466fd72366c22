package tw.coloaudit.model;

/** The broker whose evidence is audited. */
public record Broker(String id, String name) {}
