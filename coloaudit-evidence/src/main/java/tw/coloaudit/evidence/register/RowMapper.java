package tw.coloaudit.evidence.register;

import java.util.List;

/**
 * Turns one register row into the records it stands for (usually one; none when the row says
 * nothing any control uses, which counts it as skipped).
 */
@FunctionalInterface
public interface RowMapper {

  List<Object> map(RegisterRow row) throws ValueException;
}
