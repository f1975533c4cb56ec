package org.newskg.event;

/** The four CAMEO QuadClasses: verbal or material, cooperation or conflict. */
public enum QuadClass {
  VERBAL_COOPERATION(1, "VerbalCooperation"),
  MATERIAL_COOPERATION(2, "MaterialCooperation"),
  VERBAL_CONFLICT(3, "VerbalConflict"),
  MATERIAL_CONFLICT(4, "MaterialConflict");

  private final int code;
  private final String localName;

  QuadClass(int code, String localName) {
    this.code = code;
    this.localName = localName;
  }

  /** 1..4, as GDELT numbers them. */
  public int code() {
    return code;
  }

  /** The local name of the individual in the ontology ({@code nkg:MaterialConflict}). */
  public String localName() {
    return localName;
  }

  /** The QuadClass of a CAMEO root code "01".."20" (the standard CAMEO grouping). */
  public static QuadClass ofCameo(String cameo) {
    int root = Integer.parseInt(cameo);
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("not a CAMEO root code: " + cameo);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (root <= 13) {
      return VERBAL_CONFLICT;
    }
    return MATERIAL_CONFLICT;
  }
}
