package tw.coloaudit.evidence.vuln;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tw.coloaudit.model.Localized;

/**
 * StAX readers for hostile XML: the JDK's own implementation (never one found on the class path),
 * with DTDs, external entities and entity replacement off, so no entity of a document is ever
 * expanded. A document that declares a DOCTYPE is refused by the parsers that use this.
 */
final class SafeXml {

  /** What a parser reports when a document carries a DOCTYPE. */
  static final Localized DOCTYPE_REFUSED = Localized.of(
      "文件含有 DOCTYPE 宣告：證據檔不接受 DTD 與實體（以防範 XXE 與實體展開攻擊），因此未讀取此檔案；"
          + "請重新匯出不含 DOCTYPE 的報告",
      "the document declares a DOCTYPE: DTDs and entities are refused in evidence (XXE and entity-expansion attacks), "
          + "so the file is not read; export the report again without a DOCTYPE");

  private static final XMLInputFactory FACTORY = create();

  private SafeXml() {}

  private static XMLInputFactory create() {
    // newDefaultFactory: fastexcel's reader brings Aalto, which newFactory would pick up.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }

  /** The line of the reader's position, 1 when unknown. */
  static int line(XMLStreamReader r) {
    int l = r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
    return l > 0 ? l : 1;
  }

  /** The line an exception points at, or {@code fallback}. */
  static int line(XMLStreamException e, int fallback) {
    int l = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    return l > 0 ? l : fallback;
  }

  /** The exception's own message without the location prefix the JDK puts in front of it. */
  static String reason(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).strip();
  }

  /** The sample's first bytes as Latin-1 text, lower-cased, for cheap probes. */
  static String head(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    if (s.indexOf('\0') >= 0) s = s.replace("\0", ""); // UTF-16 keeps its ASCII letters apart
    return s.toLowerCase(Locale.ROOT);
  }
}
