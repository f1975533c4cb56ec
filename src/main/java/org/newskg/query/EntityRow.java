package org.newskg.query;

/**
 * One entity with its counts.
 *
 * @param type     "Person", "Organization" or "Country"
 * @param articles how many articles mention it
 * @param said     how many statements it made
 * @param about    how many statements are about it
 * @param codes    the CAMEO actor codes its events gave it, sorted ("GBRELI", "GBRGOV")
 */
public record EntityRow(String entity, String label, String type, long articles, long said,
                        long about, java.util.List<String> codes) {
  public EntityRow {
    codes = java.util.List.copyOf(codes);
  }

  public EntityRow(String entity, String label, String type, long articles, long said,
                   long about) {
    this(entity, label, type, articles, said, about, java.util.List.of());
  }
}
