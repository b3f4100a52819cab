package dev.gomedic.toolchain.catalog;

/** A release catalog that cannot be read, or a query it cannot answer. */
public final class CatalogException extends Exception {
  public CatalogException(String message) {
    super(message);
  }
}
