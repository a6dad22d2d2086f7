package io.tributary.auth.iam;

import java.util.List;

/**
 * The parts of a SigV4 {@code Authorization} header: {@code AWS4-HMAC-SHA256 Credential=AKID/
 * 20240101/us-east-1/appsync/aws4_request, SignedHeaders=host;x-amz-date, Signature=hex}. Only
 * read to know which key, scope and headers to re-sign with; the SDK's signer does the signing.
 */
record SigV4Authorization(String accessKeyId, String date, String region, String service,
    List<String> signedHeaders, String signature) {
  static final String SCHEME = "AWS4-HMAC-SHA256";

  /** Null when the header is not a well-formed SigV4 authorization. */
  static SigV4Authorization parse(String header) {
    if (header == null || header.length() > 4096 || !header.startsWith(SCHEME + " ")) {
      return null;
    }
    String credential = null;
    String signed = null;
    String signature = null;
    for (String part : header.substring(SCHEME.length() + 1).split(",")) {
      String item = part.trim();
      int eq = item.indexOf('=');
      if (eq < 0) {
        return null;
      }
      String name = item.substring(0, eq);
      String value = item.substring(eq + 1);
      switch (name) {
        case "Credential" -> credential = value;
        case "SignedHeaders" -> signed = value;
        case "Signature" -> signature = value;
        default -> {
          return null;
        }
      }
    }
    if (credential == null || signed == null || signature == null || !signature.matches("[0-9a-f]{64}")) {
      return null;
    }
    String[] scope = credential.split("/");
    if (scope.length != 5 || !"aws4_request".equals(scope[4]) || !scope[1].matches("[0-9]{8}")) {
      return null;
    }
    List<String> headers = List.of(signed.split(";"));
    if (headers.isEmpty() || headers.stream().anyMatch(h -> h.isEmpty() || !h.equals(h.toLowerCase()))) {
      return null;
    }
    return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature);
  }
}
