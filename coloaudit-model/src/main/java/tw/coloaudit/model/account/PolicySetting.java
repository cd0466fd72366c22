package tw.coloaudit.model.account;

import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/**
 * One configured password-policy value of a system. {@code setting} is one of
 * {@code min_length}, {@code min_classes}, {@code max_age_days} or {@code uid_min};
 * {@code origin} is where it was read: {@code login.defs}, {@code pwquality}, {@code secedit} or
 * {@code register}. A max age of "never expires" is given as {@code Integer.MAX_VALUE}.
 */
public record PolicySetting(String system, String setting, int value, String origin, Provenance source)
    implements SystemScoped {

  public static final String MIN_LENGTH = "min_length";
  public static final String MIN_CLASSES = "min_classes";
  public static final String MAX_AGE_DAYS = "max_age_days";
  public static final String UID_MIN = "uid_min";
}
