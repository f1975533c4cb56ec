package org.newskg.data;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;

/** Putting optional values into the JSON lines the commands and the scorers write. */
public final class JsonFields {
  private JsonFields() {}

  /** The value, or JSON null: the key is there either way. */
  public static void putOrNull(JsonObject o, String key, String value) {
    if (value == null) {
      o.put(key, JsonNull.instance);
    } else {
      o.put(key, value);
    }
  }

  /** The value, or no key at all. */
  public static void putIfPresent(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  /** A JSON array of the strings. */
  public static JsonArray array(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
