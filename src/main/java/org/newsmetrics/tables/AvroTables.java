package org.newsmetrics.tables;

import java.util.EnumMap;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * Avro schemas of the tables (from {@link Table}): the Parquet files' schema is derived from them,
 * and their footers carry them for Avro-based readers. DATE columns are Avro {@code int} with the
 * {@code date} logical type, which Parquet stores as DATE; lists are Avro arrays, written as
 * standard three-level Parquet LISTs, so DuckDB, pandas and Spark read every column without casts.
 */
public final class AvroTables {
  private static final Map<Table, Schema> SCHEMAS = new EnumMap<>(Table.class);

  static {
    for (Table t : Table.values()) SCHEMAS.put(t, build(t));
  }

  private AvroTables() {}

  public static Schema schema(Table table) {
    return SCHEMAS.get(table);
  }

  private static Schema build(Table table) {
    SchemaBuilder.FieldAssembler<Schema> fields =
        SchemaBuilder.record(table.folder()).namespace("org.newsmetrics.tables").fields();
    for (Table.Column c : table.columns()) {
      Schema type = switch (c.type()) {
        case STRING -> Schema.create(Schema.Type.STRING);
        case INT32 -> Schema.create(Schema.Type.INT);
        case INT64 -> Schema.create(Schema.Type.LONG);
        case FLOAT64 -> Schema.create(Schema.Type.DOUBLE);
        case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        case STRING_LIST -> Schema.createArray(Schema.create(Schema.Type.STRING));
      };
      if (c.nullable()) {
        fields = fields.name(c.name()).type(Schema.createUnion(Schema.create(Schema.Type.NULL), type)).withDefault(null);
      } else {
        fields = fields.name(c.name()).type(type).noDefault();
      }
    }
    return fields.endRecord();
  }
}
