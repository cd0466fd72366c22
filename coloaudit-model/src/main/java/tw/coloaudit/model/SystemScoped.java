package tw.coloaudit.model;

/** A record that belongs to one system of the manifest (or names one in its own columns). */
public interface SystemScoped {
  String system();

  Provenance source();
}
