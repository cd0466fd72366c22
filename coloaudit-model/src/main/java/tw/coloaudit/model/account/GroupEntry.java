package tw.coloaudit.model.account;

import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One line of {@code /etc/group}. */
public record GroupEntry(String system, String name, Long gid, List<String> members, Provenance source)
    implements SystemScoped {

  public GroupEntry {
    members = List.copyOf(members);
  }
}
