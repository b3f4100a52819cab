package dev.gomedic.mod.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.vendor.VendorList.IgnoredLine;
import dev.gomedic.mod.vendor.VendorList.Metadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VendorListTest {
  static ModuleVersion mv(String p, String v) {
    return new ModuleVersion(p, v);
  }

  @Test
  void readsModulesReplacementsAnnotationsAndPackages() {
    VendorList v = VendorList.parse("""
        # golang.org/x/text v0.3.7
        ## explicit; go 1.17
        golang.org/x/text/transform
        golang.org/x/text/unicode/norm
        # rsc.io/quote v1.5.2 => rsc.io/quote v1.5.1
        ## explicit
        rsc.io/quote
        # rsc.io/sampler v1.3.0 => ./sampler
        rsc.io/sampler
        # example.com/gone => ../gone
        """, "vendor/modules.txt");
    assertThat(v.ignored()).as("ignored lines").isEmpty();
    assertThat(v.workspace()).isFalse();
    assertThat(v.metadata(mv("golang.org/x/text", "v0.3.7"))).isEqualTo(new Metadata(true, null, "1.17"));
    assertThat(v.metadata(mv("rsc.io/quote", "v1.5.2"))).isEqualTo(new Metadata(true, mv("rsc.io/quote", "v1.5.1"), ""));
    assertThat(v.metadata(mv("rsc.io/sampler", "v1.3.0")).replacement()).isEqualTo(mv("./sampler", ""));
    assertThat(v.metadata(mv("example.com/gone", "")).replacement()).isEqualTo(mv("../gone", ""));
    assertThat(v.providingModules()).containsExactly(
        mv("golang.org/x/text", "v0.3.7"), mv("rsc.io/quote", "v1.5.2"), mv("rsc.io/sampler", "v1.3.0"));
    assertThat(v.replacedModules()).containsExactly(
        mv("rsc.io/quote", "v1.5.2"), mv("rsc.io/sampler", "v1.3.0"), mv("example.com/gone", ""));
    assertThat(v.moduleOfPackage("golang.org/x/text/unicode/norm")).contains(mv("golang.org/x/text", "v0.3.7"));
    assertThat(v.selectedVersion("rsc.io/quote")).contains("v1.5.2");
    assertThat(v.packages()).extracting(VendorList.PackageLine::line).containsExactly(3, 4, 7, 9);
    assertThat(v.moduleLines()).extracting(VendorList.ModuleLine::line).containsExactly(1, 5, 8, 10);
  }

  @Test
  void listsWhatGoSilentlySkipsWithLineNumbers() {
    VendorList v = VendorList.parse("""
        ## workspace
        stray
        # example.com/a v1.0.0
        #  short
        ## explicit
        example.com/a
        two fields
        bad!path
        # example.com/q notaversion
        example.com/q
        # example.com/r v1.0.0 => a b c d
        """, "vendor/modules.txt");
    assertThat(v.workspace()).isTrue();
    assertThat(v.ignored()).extracting(IgnoredLine::line, IgnoredLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, "no module line before it"),
        org.assertj.core.groups.Tuple.tuple(4, "module line with fewer than 3 fields"),
        org.assertj.core.groups.Tuple.tuple(7, "more than one field"),
        org.assertj.core.groups.Tuple.tuple(8, "not a valid import path"),
        org.assertj.core.groups.Tuple.tuple(9, "neither a version nor => after the module path"),
        org.assertj.core.groups.Tuple.tuple(10, "no module line before it"),
        org.assertj.core.groups.Tuple.tuple(11, "replacement not understood"));
    assertThat(v.metadata(mv("example.com/a", "v1.0.0")).explicit())
        .as("a short module line keeps the module before it current, as in go").isTrue();
    assertThat(v.replacedModules()).isEmpty();
  }

  @Test
  void crlfAndOtherSpacesSplitFieldsLikeGo() {
    VendorList v = VendorList.parse("# example.com/a v1.0.0\r\n## explicit\r\nexample.com/a\r\n", "m.txt");
    assertThat(v.ignored()).isEmpty();
    assertThat(v.metadata(mv("example.com/a", "v1.0.0")).explicit()).isTrue();
    assertThat(v.moduleOfPackage("example.com/a")).isPresent();
  }

  @Test
  void tooNewGoAnnotation() {
    VendorList v = VendorList.parse("# example.com/a v1.0.0\n## explicit; go 1.99\n", "vendor/modules.txt");
    assertThat(v.tooNew("1.22.0")).contains("example.com/a in vendor/modules.txt requires go >= 1.99 (running go 1.22.0)");
    assertThat(v.tooNew("1.99.1")).isEmpty();
  }

  @Test
  void emptyBinaryAndHugeInput() {
    assertThat(VendorList.parse("", "m.txt").moduleLines()).isEmpty();
    byte[] junk = new byte[300_000];
    new Random(2).nextBytes(junk);
    VendorList v = VendorList.parse(junk, "m.txt");
    assertThat(v.packages()).hasSizeLessThan(1000);
    assertThatThrownBy(() -> VendorList.parse(new ByteArrayInputStream(new byte[2048]), "m.txt", 1024))
        .isInstanceOf(IOException.class).hasMessage("m.txt: file too large (more than 1024 bytes)");
  }

  @Test
  void hugeModuleLineKeepsFewFields() {
    VendorList v = VendorList.parse("# example.com/a v1.0.0 => " + "x ".repeat(1_000_000) + "\n", "m.txt");
    assertThat(v.ignored()).extracting(IgnoredLine::reason).containsExactly("replacement not understood");
    VendorList w = VendorList.parse("# example.com/a v1.0.0 => example.com/b v1.1.0\n", "m.txt");
    assertThat(w.metadata(mv("example.com/a", "v1.0.0")).replacement()).isEqualTo(mv("example.com/b", "v1.1.0"));
  }
}
