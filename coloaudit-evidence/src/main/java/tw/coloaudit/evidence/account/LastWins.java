package tw.coloaudit.evidence.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.account.PolicySetting;

/**
 * Holds policy values until the end of a file, for formats where a later line overrides an earlier
 * one (login.defs, pwquality.conf, secedit): the overridden line is counted as skipped with a
 * warning, the value in force is emitted and its line counted as used.
 */
final class LastWins {

  /** A value read from one line; {@code setting} is null for inputs that only feed a derived one. */
  record Value(String key, String setting, int line, int value) {}

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Localized what;

  /** @param what how the file is named in warnings, e.g. "login.defs" */
  LastWins(Localized what) {
    this.what = what;
  }

  void put(ParseContext ctx, Value v) {
    Value old = values.put(v.key(), v);
    if (old != null) {
      ctx.skipped(old.line());
      ctx.warn(old.line(),
          AccountLines.zh(what.zh(), "於第 " + v.line() + " 行再次設定 " + v.key()
              + "，以該行為準，此行不予採用"),
          what.en() + " sets " + v.key() + " again on line " + v.line()
              + ", which overrides this line");
    }
  }

  Value get(String key) {
    return values.get(key);
  }

  List<Value> inForce() {
    List<Value> all = new ArrayList<>(values.values());
    all.sort(Comparator.comparingInt(Value::line));
    return all;
  }

  /** Counts every value in force as used and emits those that map to a setting directly. */
  void flush(ParseContext ctx, String origin) {
    for (Value v : inForce()) {
      if (v.setting() != null) {
        ctx.emit(new PolicySetting(ctx.system(), v.setting(), v.value(), origin, ctx.line(v.line())));
      }
      ctx.used(v.line());
    }
  }
}
