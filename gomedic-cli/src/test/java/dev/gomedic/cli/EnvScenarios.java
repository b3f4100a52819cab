package dev.gomedic.cli;

import dev.gomedic.testkit.GoBinaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The differential scenarios for {@code gomedic env} against {@code go env}: a clean environment (HOME, PATH and
 * the variables under test; {@code ${B}} is the scenario's temporary directory and {@code ${GOROOT}} the real
 * go's), a working directory under {@code ${B}} and files to create first.
 */
final class EnvScenarios {
  private EnvScenarios() {}

  record Scenario(String name, Map<String, String> env, String cwd, Consumer<Layout> setup, String goCommand) {}

  /** A scenario's directory, with helpers to lay out files. */
  record Layout(Path base, Path goroot) {
    String expand(String s) {
      return s.replace("${B}", base.toString()).replace("${GOROOT}", goroot.toString());
    }

    Layout write(String rel, String content) {
      try {
        Path p = base.resolve(expand(rel));
        Files.createDirectories(p.getParent());
        Files.writeString(p, expand(content), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Layout mkdir(String rel) {
      try {
        Files.createDirectories(base.resolve(expand(rel)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Layout symlink(String rel, String target) {
      try {
        Path p = base.resolve(expand(rel));
        Files.createDirectories(p.getParent());
        Files.createSymbolicLink(p, Path.of(expand(target)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Layout copyGo(String rel) {
      return copyExecutable(rel, goroot.resolve("bin/go"));
    }

    /** A copy of {@code source} at {@code rel}, executable. */
    Layout copyExecutable(String rel, Path source) {
      try {
        Path p = base.resolve(expand(rel));
        Files.createDirectories(p.getParent());
        Files.copy(source, p);
        EnvDifferentialTest.executable(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  private static final class B {
    final String name;
    final Map<String, String> env = new LinkedHashMap<>();
    String cwd = "home";
    Consumer<Layout> setup = l -> l.mkdir("home");
    String go = "${GOROOT}/bin/go";

    B(String name) {
      this.name = name;
      env.put("HOME", "${B}/home");
      env.put("PATH", "${GOROOT}/bin:/usr/bin:/bin");
    }

    B env(String k, String v) {
      env.put(k, v);
      return this;
    }

    B unset(String k) {
      env.remove(k);
      return this;
    }

    B cwd(String c) {
      cwd = c;
      return this;
    }

    B files(Consumer<Layout> more) {
      setup = setup.andThen(more);
      return this;
    }

    B go(String g) {
      go = g;
      return this;
    }

    Scenario build() {
      return new Scenario(name, Map.copyOf(env), cwd, setup, go);
    }
  }

  private static B s(String name) {
    return new B(name);
  }

  static List<Scenario> all() {
    String envFile = "home/.config/go/env";
    List<B> b = new ArrayList<>();
    b.add(s("defaults outside any module"));
    b.add(s("GOROOT set to the real GOROOT").env("GOROOT", "${GOROOT}"));
    b.add(s("GOROOT unclean path").env("GOROOT", "${GOROOT}/bin/../"));
    b.add(s("GOROOT wrong but a directory").env("GOROOT", "${B}/fakeroot").files(l -> l.mkdir("fakeroot")));
    b.add(s("GOROOT missing").env("GOROOT", "${B}/nowhere"));
    b.add(s("GOROOT is a file").env("GOROOT", "${B}/file").files(l -> l.write("file", "x")));
    b.add(s("GOROOT equal to default GOPATH").env("GOROOT", "${B}/home/go").files(l -> l.mkdir("home/go")));
    b.add(s("GOROOT from the go env file").files(l -> l.write(envFile, "GOROOT=${GOROOT}\n")));
    b.add(s("HOME unset").unset("HOME").cwd("work"));
    b.add(s("HOME relative").env("HOME", "relhome").cwd("work"));
    b.add(s("GOPATH multiple entries").env("GOPATH", "${B}/gp1:${B}/gp2"));
    b.add(s("GOPATH with empty entries").env("GOPATH", ":${B}/gp1::"));
    b.add(s("GOPATH relative").env("GOPATH", "rel/gopath"));
    b.add(s("GOPATH starting with tilde").env("GOPATH", "~/go"));
    b.add(s("GOPATH equal to GOROOT").env("GOPATH", "${GOROOT}"));
    b.add(s("GOPATH unclean").env("GOPATH", "${B}/gp1/./x/.."));
    b.add(s("GOARCH not a port (go env exits 2)").env("GOARCH", "arm64x"));
    b.add(s("GOOS misspelt (go env exits 2)").env("GOOS", "macos"));
    b.add(s("GOOS/GOARCH a port of a newer Go").env("GOOS", "wasip1").env("GOARCH", "wasm"));
    b.add(s("go env file with every kind of value").files(l -> l.write(envFile, """
        # comment line
        GOPATH=${B}/filegopath
        GOPROXY=https://example.com/proxy,direct
        GOPRIVATE=*.corp.example.com,example.org/private
        GOFLAGS=-mod=mod -tags=integration
        GOBIN=${B}/bin
        GOINSECURE=insecure.example.com
        GOVCS=*:git
        CGO_ENABLED=0
        garbage without equals
        lowercase=value
         GOSUMDB=leading space ignored
        GOSUMDB=off
        UNKNOWN_VAR=whatever
        """)));
    b.add(s("go env file with CRLF line endings").files(l -> l.write(envFile,
        "GOPROXY=https://crlf.example.com\r\nGONOSUMDB=crlf.example.com\r\n")));
    b.add(s("go env file with quoted value").files(l -> l.write(envFile, "GOPROXY=\"https://q.example\"\n")));
    b.add(s("go env file with duplicate keys").files(l -> l.write(envFile,
        "GOPROXY=first\nGOPROXY=second\n")));
    b.add(s("go env file shadowed by the OS environment").env("GOPROXY", "https://os.example")
        .files(l -> l.write(envFile, "GOPROXY=https://file.example\nGOSUMDB=file-sumdb\n")));
    b.add(s("GOENV=off ignores the file").env("GOENV", "off")
        .files(l -> l.write(envFile, "GOPROXY=https://file.example\n")));
    b.add(s("GOENV custom file").env("GOENV", "${B}/custom.env")
        .files(l -> l.write("custom.env", "GOPROXY=https://custom.example\nGOPATH=${B}/customgp\n")));
    b.add(s("GOENV pointing at a missing file").env("GOENV", "${B}/missing.env"));
    b.add(s("GOENV relative").env("GOENV", "rel.env").files(l -> l.write("home/rel.env", "GOPROXY=rel\n")));
    b.add(s("XDG_CONFIG_HOME holds the env file").env("XDG_CONFIG_HOME", "${B}/xdg")
        .files(l -> l.write("xdg/go/env", "GOPROXY=https://xdg.example\n")));
    b.add(s("XDG_CACHE_HOME moves GOCACHE").env("XDG_CACHE_HOME", "${B}/xcache"));
    b.add(s("GOCACHE relative turns caching off").env("GOCACHE", "relcache"));
    b.add(s("GOCACHE=off").env("GOCACHE", "off"));
    b.add(s("GOMODCACHE set").env("GOMODCACHE", "${B}/modcache"));
    b.add(s("GO111MODULE=on outside a module").env("GO111MODULE", "on"));
    b.add(s("GO111MODULE=off inside a module").env("GO111MODULE", "off").cwd("mod")
        .files(l -> l.write("mod/go.mod", "module example.com/m\n")));
    b.add(s("GO111MODULE=auto outside a module").env("GO111MODULE", "auto"));
    b.add(s("GO111MODULE=auto inside a module").env("GO111MODULE", "auto").cwd("mod/sub")
        .files(l -> l.write("mod/go.mod", "module example.com/m\n")));
    b.add(s("GO111MODULE=auto inside GOPATH/src").env("GO111MODULE", "auto").env("GOPATH", "${B}/gp")
        .cwd("gp/src/example.com/p"));
    b.add(s("GO111MODULE=on inside GOPATH/src").env("GO111MODULE", "on").env("GOPATH", "${B}/gp")
        .cwd("gp/src/example.com/p"));
    b.add(s("GO111MODULE bogus").env("GO111MODULE", "maybe"));
    b.add(s("GO111MODULE from the go env file").cwd("mod")
        .files(l -> l.write(envFile, "GO111MODULE=off\n").write("mod/go.mod", "module m\n")));
    b.add(s("go.mod three levels up").cwd("proj/a/b/c").files(l -> l.write("proj/go.mod", "module p\n")));
    b.add(s("go.mod that is a directory").cwd("proj/a").files(l -> l.mkdir("proj/go.mod")));
    b.add(s("go.mod in GOPATH root").env("GOPATH", "${B}/gp").files(l -> l.write("gp/go.mod", "module x\n")));
    b.add(s("go.work in a parent").cwd("ws/m").files(l -> l.write("ws/go.work", "go 1.19\n\nuse ./m\n")
        .write("ws/m/go.mod", "module m\n")));
    b.add(s("GOWORK=off").env("GOWORK", "off").cwd("ws/m").files(l -> l.write("ws/go.work", "go 1.19\n")
        .write("ws/m/go.mod", "module m\n")));
    b.add(s("GOWORK absolute").env("GOWORK", "${B}/elsewhere/go.work"));
    b.add(s("GOWORK relative").env("GOWORK", "rel/go.work"));
    b.add(s("GOFLAGS -mod=vendor").env("GOFLAGS", "-mod=vendor").cwd("mod")
        .files(l -> l.write("mod/go.mod", "module m\n")));
    b.add(s("GOFLAGS -modfile inside a module").env("GOFLAGS", "-modfile=alt.mod").cwd("mod")
        .files(l -> l.write("mod/go.mod", "module m\n").write("mod/alt.mod", "module alt\n")));
    b.add(s("GOFLAGS with a non-flag").env("GOFLAGS", "notaflag -v"));
    b.add(s("GOPRIVATE wildcards").env("GOPRIVATE", "*.corp.example.com,github.com/acme/*"));
    b.add(s("GOPRIVATE with explicit GONOPROXY").env("GOPRIVATE", "*.corp").env("GONOPROXY", "none.example"));
    b.add(s("GONOSUMDB only").env("GONOSUMDB", "sum.example"));
    b.add(s("CGO_ENABLED=0").env("CGO_ENABLED", "0"));
    b.add(s("CGO_ENABLED garbage").env("CGO_ENABLED", "yes"));
    b.add(s("no C compiler on PATH").env("PATH", "${GOROOT}/bin"));
    b.add(s("CC naming a missing compiler").env("CC", "no-such-cc"));
    b.add(s("CC with arguments").env("CC", "gcc -std=c99"));
    b.add(s("CXX and AR set").env("CXX", "clang++").env("AR", "llvm-ar"));
    b.add(s("GOOS=windows cross").env("GOOS", "windows"));
    b.add(s("GOOS=darwin GOARCH=arm64 cross").env("GOOS", "darwin").env("GOARCH", "arm64"));
    b.add(s("GOARCH=386").env("GOARCH", "386"));
    b.add(s("GOARCH=arm default GOARM").env("GOARCH", "arm"));
    b.add(s("GOARCH=arm GOARM=7").env("GOARCH", "arm").env("GOARM", "7"));
    b.add(s("GOARCH=mips64le").env("GOARCH", "mips64le"));
    b.add(s("GOAMD64=v3").env("GOAMD64", "v3"));
    b.add(s("GOOS native but set explicitly with CGO default").env("GOOS", "linux").env("GOARCH", "amd64"));
    b.add(s("CGO flags with quotes").env("CGO_CFLAGS", "-O2 '-DNAME=a b' -g").env("CGO_LDFLAGS", "-lm"));
    b.add(s("PKG_CONFIG with arguments").env("PKG_CONFIG", "pkg-config --static"));
    b.add(s("GOTMPDIR set").env("GOTMPDIR", "${B}/gotmp").files(l -> l.mkdir("gotmp")));
    b.add(s("TMPDIR set").env("TMPDIR", "${B}/tmp").files(l -> l.mkdir("tmp")));
    b.add(s("go.mod in the temp root is ignored").env("TMPDIR", "${B}/tmp").cwd("tmp/x")
        .files(l -> l.write("tmp/go.mod", "module t\n")));
    b.add(s("GOBIN GOINSECURE GOVCS GOTMPDIR").env("GOBIN", "${B}/gobin").env("GOINSECURE", "*.local")
        .env("GOVCS", "public:git|hg"));
    b.add(s("GCCGO set to a name").env("GCCGO", "my-gccgo"));
    b.add(s("GOEXPERIMENT empty default").env("GOEXPERIMENT", ""));
    b.add(s("symlinked go on PATH").env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.symlink("bin/go", "${GOROOT}/bin/go")).go("${B}/bin/go"));
    b.add(s("chain of symlinks to go").env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.symlink("other/go", "${GOROOT}/bin/go").symlink("bin/go", "${B}/other/go"))
        .go("${B}/bin/go"));
    b.add(s("symlinked GOROOT directory").env("PATH", "${B}/golink/bin:/usr/bin:/bin")
        .files(l -> l.symlink("golink", "${GOROOT}")).go("${B}/golink/bin/go"));
    b.add(s("go copied outside its GOROOT, GOROOT set").env("PATH", "${B}/copy/bin:/usr/bin:/bin")
        .env("GOROOT", "${GOROOT}").files(l -> l.copyGo("copy/bin/go")).go("${B}/copy/bin/go"));
    // GOROOT unset and no Go tree around the binary: go falls back to the GOROOT its linker baked in.
    b.add(s("go copied outside its GOROOT, GOROOT unset").env("PATH", "${B}/copy/bin:/usr/bin:/bin")
        .files(l -> l.copyGo("copy/bin/go")).go("${B}/copy/bin/go"));
    b.add(s("go copied into a bare temp dir").env("PATH", "${B}/gocopy:/usr/bin:/bin")
        .files(l -> l.copyGo("gocopy/go")).go("${B}/gocopy/go"));
    b.add(s("symlink to a copied go").env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.copyGo("copy/go").symlink("bin/go", "${B}/copy/go")).go("${B}/bin/go"));
    b.add(s("copied go inside a directory that looks like a Go tree").env("PATH", "${B}/tree/bin:/usr/bin:/bin")
        .files(l -> l.copyGo("tree/bin/go").mkdir("tree/pkg/tool")).go("${B}/tree/bin/go"));
    b.add(s("go whose built-in GOROOT is missing").env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.copyExecutable("bin/go", GoBinaries.goCommand("final"))).go("${B}/bin/go"));
    b.add(s("go whose built-in GOROOT is missing, GOROOT set").env("PATH", "${B}/bin:/usr/bin:/bin")
        .env("GOROOT", "${GOROOT}")
        .files(l -> l.copyExecutable("bin/go", GoBinaries.goCommand("final"))).go("${B}/bin/go"));
    b.add(s("go whose built-in GOROOT is missing, GOROOT in the go env file")
        .env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.copyExecutable("bin/go", GoBinaries.goCommand("final")).write(envFile, "GOROOT=${GOROOT}\n"))
        .go("${B}/bin/go"));
    b.add(s("go built with -trimpath outside any GOROOT").env("PATH", "${B}/bin:/usr/bin:/bin")
        .files(l -> l.copyExecutable("bin/go", GoBinaries.goCommand("trimpath"))).go("${B}/bin/go"));
    b.add(s("PATH with empty entries and quotes").env("PATH", "\"/nonexistent\"::${GOROOT}/bin:/usr/bin"));
    b.add(s("non-UTF-8 value in the go env file").files(l -> {
      try {
        Path p = l.base().resolve(envFile);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {'G', 'O', 'V', 'C', 'S', '=', (byte) 0xff, 'x', '\n'});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    List<Scenario> out = new ArrayList<>();
    b.forEach(x -> out.add(x.build()));
    return out;
  }
}
