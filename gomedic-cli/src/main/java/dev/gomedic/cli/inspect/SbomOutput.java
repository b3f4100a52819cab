package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.Module;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;

/**
 * {@code --sbom cyclonedx}: a CycloneDX 1.6 JSON SBOM, written with CycloneDX's own Java library. Each Go binary's
 * main module is an application component that depends on its modules (libraries); purls are
 * {@code pkg:golang/PATH@VERSION}. The serial number is derived from the content, so the same binaries give the
 * same SBOM but for its timestamp. Replacements are recorded as the property {@code gomedic:go:replace}, sums as {@code gomedic:go:sum}.
 */
final class SbomOutput {
  private SbomOutput() {}

  static String render(List<Inspection> found) {
    Map<String, Component> components = new LinkedHashMap<>();
    List<Dependency> dependencies = new ArrayList<>();
    StringBuilder identity = new StringBuilder();
    for (Inspection in : found) {
      Optional<BuildInfo> info = in.primary().info();
      if (info.isEmpty()) {
        continue;
      }
      BuildInfo bi = info.get();
      Module main = bi.main().isNone() ? new Module(bi.path(), "", "", null) : bi.main();
      Component app = component(main, Component.Type.APPLICATION);
      app.addProperty(property("gomedic:go:version", bi.goVersion()));
      app.addProperty(property("gomedic:file", in.file()));
      components.putIfAbsent(app.getBomRef(), app);
      Dependency d = new Dependency(app.getBomRef());
      for (Module m : bi.deps()) {
        Component c = component(m, Component.Type.LIBRARY);
        components.putIfAbsent(c.getBomRef(), c);
        d.addDependency(new Dependency(c.getBomRef()));
      }
      dependencies.add(d);
      identity.append(in.file()).append('\n').append(app.getBomRef()).append('\n');
    }
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)));
    Metadata md = new Metadata();
    md.addProperty(property("gomedic:generator", "gomedic inspect --sbom cyclonedx"));
    bom.setMetadata(md);
    bom.setComponents(new ArrayList<>(components.values()));
    bom.setDependencies(dependencies);
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n";
    } catch (Exception e) {
      throw new IllegalStateException("writing the CycloneDX SBOM", e);
    }
  }

  private static Component component(Module m, Component.Type type) {
    Component c = new Component();
    c.setType(type);
    c.setName(m.path());
    if (!m.version().isEmpty() && !m.version().equals("(devel)")) {
      c.setVersion(m.version());
    }
    String purl = purl(m.path(), c.getVersion());
    c.setPurl(purl);
    c.setBomRef(purl);
    if (!m.sum().isEmpty()) {
      c.addProperty(property("gomedic:go:sum", m.sum()));
    }
    if (m.replace() != null) {
      Module r = m.replace();
      c.addProperty(property("gomedic:go:replace", r.path() + (r.version().isEmpty() ? "" : "@" + r.version())));
    }
    return c;
  }

  /** {@code pkg:golang/PATH@VERSION}, each path segment and the version percent-encoded as the purl spec asks. */
  static String purl(String path, String version) {
    StringBuilder b = new StringBuilder("pkg:golang/");
    String[] segs = path.split("/", -1);
    for (int i = 0; i < segs.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      b.append(encode(segs[i]));
    }
    if (version != null && !version.isEmpty()) {
      b.append('@').append(encode(version));
    }
    return b.toString();
  }

  private static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
          || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  private static Property property(String name, String value) {
    Property p = new Property();
    p.setName(name);
    p.setValue(value);
    return p;
  }
}
