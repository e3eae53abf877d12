package org.newsmetrics.model;

/** Why a block was removed from a page (the {@code removed.kind} column). */
public enum RemovedKind {
  MASTHEAD, NAVIGATION, CONTACT, COPYRIGHT, WEATHER, PHOTO_CREDIT, PAGE_MARKER, DUPLICATE, ADVERT, OTHER;

  /** The value written to the table. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
