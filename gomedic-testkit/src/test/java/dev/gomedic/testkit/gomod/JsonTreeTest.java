package dev.gomedic.testkit.gomod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTreeTest {
  @Test
  void sameValuesIgnoresLayoutAndKeyOrder() {
    String go = "{\n\t\"Module\": {\n\t\t\"Path\": \"m\"\n\t},\n\t\"Go\": \"1.19\",\n\t\"Require\": null\n}\n";
    assertThat(JsonTree.sameValues(go, "{\"Go\":\"1.19\",\"Require\":null,\"Module\":{\"Path\":\"m\"}}")).isTrue();
    assertThat(JsonTree.sameValues(go, "{\"Go\":\"1.19\",\"Require\":[],\"Module\":{\"Path\":\"m\"}}")).isFalse();
    assertThat(JsonTree.sameValues(go, "{\"Go\":\"1.19\",\"Module\":{\"Path\":\"m\"}}")).isFalse();
    assertThat(JsonTree.sameValues(go, "{\"Go\":\"1.19\",\"Require\":null,\"Module\":{\"Path\":\"m2\"}}")).isFalse();
    assertThat(JsonTree.sameValues("[1, true, \"a\\u0062\\n\"]", "[1,true,\"ab\\n\"]")).isTrue();
    assertThat(JsonTree.sameValues("[1]", "not json")).isFalse();
  }

  @Test
  void rejectsBrokenJson() {
    assertThatThrownBy(() -> JsonTree.parse("{\"a\": 1,}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonTree.parse("[1] 2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonTree.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
  }
}
