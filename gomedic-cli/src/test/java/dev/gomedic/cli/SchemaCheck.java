package dev.gomedic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates documents against the published schemas in docs/schemas/, loaded from the files under their
 * published {@code $id}s, so that one schema's {@code $ref} to another resolves to the file beside it.
 */
public final class SchemaCheck {
  static final String BASE = "https://raw.githubusercontent.com/gomedic/gomedic/main/docs/schemas/";
  static final Path DIR = schemasDir();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix(BASE, DIR.toUri().toString())));

  private SchemaCheck() {}

  /** What is wrong with {@code json} by the schema at {@code location} ("inspect.schema.json#/$defs/file"). */
  public static List<String> problems(String location, String json) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + location));
    return schema.validate(parse(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** Problems of a schema file itself against the draft 2020-12 meta-schema. */
  static List<String> metaProblems(String name) {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(tree(name)).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  static JsonNode tree(String name) {
    try {
      return JSON.readTree(Files.readString(DIR.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** docs/schemas of the checkout, found from the module directory the tests run in. */
  private static Path schemasDir() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs/schemas"))) {
        return d.resolve("docs/schemas");
      }
    }
    throw new IllegalStateException("no docs/schemas above " + Path.of("").toAbsolutePath());
  }
}
