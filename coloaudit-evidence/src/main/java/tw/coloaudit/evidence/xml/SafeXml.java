package tw.coloaudit.evidence.xml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tw.coloaudit.evidence.spi.InputLimits;

/**
 * The one way evidence XML (Windows events, Nessus, OpenVAS, nmap) should be opened: the JDK's
 * own StAX implementation with DTDs, external entities and external access off, entity expansion
 * and element depth bounded by {@link InputLimits}.
 */
public final class SafeXml {

  // The JDK's names for its XML processing limits (java.xml module, XMLSecurityManager).
  static final String ENTITY_EXPANSION_LIMIT = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";
  static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
  static final String TOTAL_ENTITY_SIZE_LIMIT = "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit";
  static final String MAX_GENERAL_ENTITY_SIZE_LIMIT = "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit";

  private SafeXml() {}

  /**
   * A new input factory with the safe settings. It is the JDK's implementation on purpose:
   * {@link XMLInputFactory#newInstance()} may pick another one from the class path (fastexcel
   * brings Aalto) that ignores the JDK's limits.
   */
  public static XMLInputFactory inputFactory(InputLimits limits) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(ENTITY_EXPANSION_LIMIT, limits.maxXmlEntityExpansions());
    f.setProperty(TOTAL_ENTITY_SIZE_LIMIT, limits.maxLineChars());
    f.setProperty(MAX_GENERAL_ENTITY_SIZE_LIMIT, limits.maxLineChars());
    f.setProperty(MAX_ELEMENT_DEPTH, limits.maxXmlDepth());
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  /** A reader over {@code in} with the given limits. */
  public static XMLStreamReader reader(Reader in, InputLimits limits) throws XMLStreamException {
    return inputFactory(limits).createXMLStreamReader(in);
  }

  /** A reader over {@code in} (encoding from the XML declaration) with the given limits. */
  public static XMLStreamReader reader(InputStream in, InputLimits limits) throws XMLStreamException {
    return inputFactory(limits).createXMLStreamReader(in);
  }
}
