package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schemas in docs/schemas/ themselves: valid draft 2020-12, and no required member the schema leaves out. */
class SchemaFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"doctor.schema.json", "explain.schema.json", "inspect.schema.json",
      "which-go.schema.json", "env.schema.json", "mod-edit.schema.json", "mod-verify.schema.json"})
  void isADraft202012SchemaWithItsPublishedId(String name) {
    assertThat(SchemaCheck.metaProblems(name)).as("%s against the 2020-12 meta-schema", name).isEmpty();
    JsonNode s = SchemaCheck.tree(name);
    assertThat(s.path("$schema").asText()).as("%s: $schema", name)
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(s.path("$id").asText()).as("%s: $id", name).isEqualTo(SchemaCheck.BASE + name);
    List<String> unlisted = new ArrayList<>();
    requiredButUnlisted(s, "#", unlisted);
    assertThat(unlisted).as("%s: required members missing from properties (a typo?)", name).isEmpty();
  }

  /** Collects, for every object schema with properties, the required names it does not list there. */
  private static void requiredButUnlisted(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && node.has("required")) {
        node.get("required").forEach(r -> {
          if (!props.has(r.asText())) {
            out.add(at + ": " + r.asText());
          }
        });
      }
      node.fields().forEachRemaining(e -> requiredButUnlisted(e.getValue(), at + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requiredButUnlisted(node.get(i), at + "/" + i, out);
      }
    }
  }
}
