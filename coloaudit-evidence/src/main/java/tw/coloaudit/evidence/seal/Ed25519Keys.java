package tw.coloaudit.evidence.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys with the JDK's own provider, in the PEM files OpenSSL writes: PKCS#8
 * {@code PRIVATE KEY} ({@code openssl genpkey -algorithm ed25519}) and X.509 {@code PUBLIC KEY}.
 */
public final class Ed25519Keys {

  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

  private Ed25519Keys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key of a private key. */
  public static PublicKey publicOf(PrivateKey key) throws GeneralSecurityException {
    if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
      throw new GeneralSecurityException("not an Ed25519 private key");
    }
    byte[] seed = ed.getBytes().get();
    // The JDK derives the public key only while generating a pair: feed it the existing seed.
    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
    g.initialize(255, new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
      }
    });
    return g.generateKeyPair().getPublic();
  }

  public static String privatePem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  public static String publicPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /** Reads the first {@code PRIVATE KEY} block of a PEM file. */
  public static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
    byte[] der = block(file, "PRIVATE KEY");
    if (der == null) throw new GeneralSecurityException(file + ": no PRIVATE KEY block (PKCS#8 PEM)");
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  /** Reads a {@code PUBLIC KEY} block, or derives the public key from a {@code PRIVATE KEY} block. */
  public static PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
    byte[] der = block(file, "PUBLIC KEY");
    if (der != null) return decodePublic(der);
    return publicOf(readPrivate(file));
  }

  public static PublicKey decodePublic(byte[] x509) throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
  }

  /** Hex SHA-256 of a public key's X.509 encoding: how a signer is named on screen and in findings. */
  public static String fingerprint(PublicKey key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] block(Path file, String type) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    Matcher m = PEM.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(type)) return Base64.getMimeDecoder().decode(m.group(2));
    }
    return null;
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
