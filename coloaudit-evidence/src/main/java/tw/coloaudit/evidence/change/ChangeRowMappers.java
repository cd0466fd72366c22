package tw.coloaudit.evidence.change;

import java.util.List;
import tw.coloaudit.evidence.register.RegisterRow;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.change.ChangeRequest;
import tw.coloaudit.model.change.Deployment;
import tw.coloaudit.model.change.OutsourcingContract;

/** Row mappers of the change and outsourcing registers: change requests, deployments, outsourcing contracts. */
public final class ChangeRowMappers {

  private ChangeRowMappers() {}

  public static List<Object> changeRequest(RegisterRow r) throws ValueException {
    return List.of(
        new ChangeRequest(
            r.text("change_id"),
            r.system(),
            r.text("requester"),
            r.date("requested_on"),
            r.date("approved_on"),
            r.text("approver"),
            r.date("tested_on"),
            r.date("implemented_on"),
            r.text("implementer"),
            r.source()));
  }

  public static List<Object> deployment(RegisterRow r) throws ValueException {
    return List.of(new Deployment(r.system(), r.timestamp("time"), r.text("who"), r.text("change_id"), r.source()));
  }

  public static List<Object> outsourcingContract(RegisterRow r) throws ValueException {
    return List.of(
        new OutsourcingContract(
            r.text("vendor"),
            r.text("contract_id"),
            r.date("start"),
            r.date("end"),
            r.yesNo("security_clause"),
            r.yesNo("audit_clause"),
            r.source()));
  }
}
