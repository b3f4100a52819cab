package dev.gomedic.mod.dirhash;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirHashTest {
  private static final String EMPTY = "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

  @TempDir Path tmp;

  private static FileOpener from(Map<String, String> files) {
    return name -> new ByteArrayInputStream(files.get(name).getBytes(UTF_8));
  }

  @Test
  void noFilesHashTheEmptySummary() throws IOException {
    String got = DirHash.hash1(List.of(), name -> null);
    assertThat(got).as("got %s, want %s", got, EMPTY).isEqualTo(EMPTY);
  }

  @Test
  void goModHashIsTheSingleFileNamedGoMod() throws IOException {
    String got = DirHash.hashGoMod("module example.com/m\n".getBytes(UTF_8));
    String want = "h1:flS2VctbRrTv+sBE+VKgxx6hlkMGPVz9MGOmzMYFg3k=";
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  /**
   * U+FF21 is EF BC A1 in UTF-8 and U+1F600 is F0 9F 98 80, so Go sorts U+FF21 first; Java's UTF-16 order
   * (U+D83D... against U+FF21) puts the emoji first. The want value was computed with byte order.
   */
  @Test
  void namesSortByUtf8BytesNotUtf16() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("\uD83D\uDE00", "b");
    files.put("\uFF21", "a");
    assertThat("\uD83D\uDE00".compareTo("\uFF21")).as("Java's own order").isNegative();
    String want = "h1:YIGJg0uIXqnsdqYUBeqFnDfmijxU17+KFxT+ZE/+Ifk=";
    String got = DirHash.hash1(files.keySet(), from(files));
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
    String inJavaOrder = summaryHash(List.of("\uD83D\uDE00", "\uFF21"), files);
    assertThat(got).as("UTF-16 order would give %s", inJavaOrder).isNotEqualTo(inJavaOrder);
  }

  private static String summaryHash(List<String> order, Map<String, String> files) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String n : order) {
      sb.append(Sha256.hexOf(new ByteArrayInputStream(files.get(n).getBytes(UTF_8))))
          .append("  ").append(n).append('\n');
    }
    java.security.MessageDigest md = Sha256.newDigest();
    return "h1:" + java.util.Base64.getEncoder().encodeToString(md.digest(sb.toString().getBytes(UTF_8)));
  }

  @Test
  void nameWithNewlineIsRefused() {
    Map<String, String> files = Map.of("a.go", "x", "b\n.go", "y");
    assertThatThrownBy(() -> DirHash.hash1(files.keySet(), from(files)))
        .isInstanceOf(DirHashException.class)
        .hasMessage("dirhash: filenames with newlines are not supported");
  }

  @Test
  void openErrorOfAnEarlierFileWinsOverALaterNewline() {
    FileOpener open = name -> {
      throw new IOException("cannot open " + name);
    };
    assertThatThrownBy(() -> DirHash.hash1(List.of("z\n", "a"), open)).hasMessage("cannot open a");
  }

  @Test
  void parallelHashEqualsSequential() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      files.put("dir" + (i % 7) + "/f" + i + ".go", "package p // " + i);
    }
    String seq = DirHash.hash1(files.keySet(), from(files));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      String par = DirHash.hash1(files.keySet(), from(files), pool);
      assertThat(par).as("got %s, want %s", par, seq).isEqualTo(seq);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void zipHashCountsDirectoryEntriesAsEmptyFiles() throws IOException {
    Path zip = tmp.resolve("m.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zw = new ZipOutputStream(out)) {
      zw.putNextEntry(storedDirectory("example.com/m@v1.0.0/"));
      zw.closeEntry();
      zw.putNextEntry(new ZipEntry("example.com/m@v1.0.0/go.mod"));
      zw.write("module example.com/m\n".getBytes(UTF_8));
      zw.closeEntry();
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put("example.com/m@v1.0.0/", "");
    files.put("example.com/m@v1.0.0/go.mod", "module example.com/m\n");
    String want = DirHash.hash1(files.keySet(), from(files));
    String got = DirHash.hashZip(zip);
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);

    Path dir = tmp.resolve("tree");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("go.mod"), "module example.com/m\n");
    String fromDir = DirHash.hashDir(dir, "example.com/m@v1.0.0");
    String withoutDirEntry = DirHash.hash1(List.of("example.com/m@v1.0.0/go.mod"), from(files));
    assertThat(fromDir).as("got %s, want %s", fromDir, withoutDirEntry).isEqualTo(withoutDirEntry);
    assertThat(fromDir).as("directory entry changes the zip's hash").isNotEqualTo(got);
  }

  private static ZipEntry storedDirectory(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(0);
    e.setCompressedSize(0);
    e.setCrc(0);
    return e;
  }

  /**
   * A directory entry the JDK deflated (compressed size 2, uncompressed 0) reads as empty: go 1.19 decompresses it
   * like any entry, and the newest archive/zip refuses only a directory declaring uncompressed data, because
   * Java's jar tool writes them so (go 1.19's verdict on such a zip: ModVerifyReplaceTest in gomedic-cli).
   */
  @Test
  void deflatedEmptyDirectoryEntryHashesAsAnEmptyFile() throws IOException {
    Path zip = tmp.resolve("d.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zw = new ZipOutputStream(out)) {
      zw.putNextEntry(new ZipEntry("example.com/m@v1.0.0/sub/"));
      zw.closeEntry();
    }
    String want = DirHash.hash1(List.of("example.com/m@v1.0.0/sub/"), n -> new ByteArrayInputStream(new byte[0]));
    String got = DirHash.hashZip(zip);
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void dirFilesWalkInByteOrderWithThePrefixJoined() throws IOException {
    Files.createDirectories(tmp.resolve("b/c"));
    Files.writeString(tmp.resolve("b/c/x.go"), "x");
    Files.writeString(tmp.resolve("a.go"), "a");
    Files.writeString(tmp.resolve("b.go"), "b");
    Files.writeString(tmp.resolve("\uFF21.txt"), "c");
    Files.writeString(tmp.resolve("\uD83D\uDE00.txt"), "d");
    List<String> got = DirHash.dirFiles(tmp, "example.com/m@v1.0.0/");
    List<String> want = new ArrayList<>(List.of(
        "example.com/m@v1.0.0/a.go", "example.com/m@v1.0.0/b/c/x.go", "example.com/m@v1.0.0/b.go",
        "example.com/m@v1.0.0/\uFF21.txt", "example.com/m@v1.0.0/\uD83D\uDE00.txt"));
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void hashDirOfAFileIsRefused() throws IOException {
    Path f = tmp.resolve("f");
    Files.writeString(f, "x");
    assertThatThrownBy(() -> DirHash.hashDir(f, "p@v1.0.0"))
        .isInstanceOf(DirHashException.class)
        .hasMessage(f + " is not a directory");
  }
}
