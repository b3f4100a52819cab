package dev.gomedic.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time tool (run by the pom's man-asciidoc execution): writes an AsciiDoc man page for gomedic and every
 * visible command and subcommand into the directory given, from the same command model the parser uses.
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    var model = Gomedic.model(new CliContext(Map.of(), Path.of("/"), false));
    int code = ManPageGenerator.generateManPage(out, null, new boolean[0], true, model.getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("man page generation failed with status " + code);
    }
  }
}
