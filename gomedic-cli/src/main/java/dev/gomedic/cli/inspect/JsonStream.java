package dev.gomedic.cli.inspect;

import dev.gomedic.cli.render.JsonWriter;
import java.io.PrintWriter;

/**
 * Where {@code --json} and {@code --json-lines} objects go, each printed as soon as it is added: the one object
 * (a single file named), a tab-indented array that is a valid document once {@link #finish()} closes it, or one
 * compact object per line, flushed, for readers that stream.
 */
final class JsonStream {
  enum Form { OBJECT, ARRAY, LINES }

  private final Form form;
  private final PrintWriter out;
  private int count;

  JsonStream(Form form, PrintWriter out) {
    this.form = form;
    this.out = out;
  }

  /** A writer for the next object, laid out as this form wants. */
  JsonWriter writer() {
    return form == Form.LINES ? JsonWriter.compact() : JsonWriter.indented();
  }

  /** Prints a complete object made with {@link #writer()}. */
  void add(JsonWriter object) {
    String json = object.toString();
    switch (form) {
      case OBJECT -> out.print(json + "\n");
      case LINES -> {
        out.print(json + "\n");
        out.flush();
      }
      case ARRAY -> // JSON strings hold no raw newlines, so every newline is layout and can be indented
          out.print((count == 0 ? "[\n\t" : ",\n\t") + json.replace("\n", "\n\t"));
    }
    count++;
  }

  /** Closes the array; nothing for the other forms. */
  void finish() {
    if (form == Form.ARRAY) {
      out.print(count == 0 ? "[]\n" : "\n]\n");
    }
  }
}
