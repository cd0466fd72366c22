package tw.coloaudit.controls;

/**
 * One control of the catalog: a pure function of the audit input that records, in the
 * evaluation, a result per subject. No file, clock or network access.
 */
public interface AuditControl {

  void evaluate(AuditInput input, Evaluation out);

  /** The metadata of this control's class. */
  default Control metadata() {
    Control c = getClass().getAnnotation(Control.class);
    if (c == null) throw new IllegalStateException(getClass() + " has no @Control");
    return c;
  }
}
