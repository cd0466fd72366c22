package tw.coloaudit.evidence.testing;

import tw.coloaudit.model.Localized;

/**
 * What every reject reason and warning a parser gives must be: a Traditional Chinese text (with
 * Han characters, not the English copied) and an English one, neither blank. The test contexts
 * check each one as it arrives, so every parser test also proves its messages are bilingual.
 */
public final class Bilingual {

  private Bilingual() {}

  /** The English text of {@code l}, after failing the test when {@code l} is not truly in both languages. */
  public static String en(Localized l, int line) {
    if (l == null) throw new AssertionError("line " + line + ": no message");
    if (l.en().isBlank()) throw new AssertionError("line " + line + ": blank English text");
    if (l.zh().isBlank()) throw new AssertionError("line " + line + ": blank Chinese text for: " + l.en());
    if (l.zh().equals(l.en()) || l.zh().codePoints().noneMatch(Bilingual::han)) {
      throw new AssertionError("line " + line + ": no Chinese text for: " + l.en());
    }
    return l.en();
  }

  static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
