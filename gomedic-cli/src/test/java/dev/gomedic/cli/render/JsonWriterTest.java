package dev.gomedic.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void indentsLikeGoMarshalIndent() {
    String got = JsonWriter.indented()
        .beginObject()
        .name("Module").beginObject().field("Path", "example.com/m").endObject()
        .name("Require").beginArray()
        .beginObject().field("Path", "a").field("Version", "v1.0.0").field("Indirect", true).endObject()
        .endArray()
        .name("Exclude").beginArray().endArray()
        .name("Empty").beginObject().endObject()
        .name("Null").nullValue()
        .endObject()
        .toString();
    assertThat(got).as("got %s", got).isEqualTo("""
        {
        \t"Module": {
        \t\t"Path": "example.com/m"
        \t},
        \t"Require": [
        \t\t{
        \t\t\t"Path": "a",
        \t\t\t"Version": "v1.0.0",
        \t\t\t"Indirect": true
        \t\t}
        \t],
        \t"Exclude": [],
        \t"Empty": {},
        \t"Null": null
        }""");
  }

  @Test
  void escapesLikeGo() {
    String got = JsonWriter.compact().value("a<b>&\"\\\n\t\u0001\u2028\ud800x").toString();
    assertThat(got).isEqualTo("\"a\\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\u0001\\u2028\\ufffdx\"");
  }

  @Test
  void compactHasNoWhitespace() {
    String got = JsonWriter.compact().beginArray().value(1).value("x").beginObject().field("k", false)
        .endObject().endArray().toString();
    assertThat(got).isEqualTo("[1,\"x\",{\"k\":false}]");
  }
}
