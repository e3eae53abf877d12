package org.newsmetrics.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * Avro schemas of the tables (from {@link Table}) and row conversion. DATE columns are Avro
 * {@code int} with the {@code date} logical type, which Parquet stores as DATE; lists are Avro
 * arrays, written as standard three-level Parquet LISTs, so DuckDB, pandas and Spark read every
 * column without casts.
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

  public static GenericRecord toRecord(Table table, Map<String, Object> row) {
    GenericData.Record record = new GenericData.Record(schema(table));
    for (Table.Column c : table.columns()) {
      Object v = row.get(c.name());
      if (v instanceof LocalDate d) v = (int) d.toEpochDay();
      else if (v instanceof String str) v = new Utf8(str);
      else if (v instanceof List<?> list) v = utf8Items(list);
      record.put(c.name(), v);
    }
    return record;
  }

  /**
   * Strings as Avro's {@link Utf8}: parquet-avro writes a Utf8's bytes as they are, while a String
   * goes through a {@code CharsetEncoder} loop that cost a third of writing the tables.
   */
  private static List<Object> utf8Items(List<?> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object o : list) out.add(o instanceof String str ? new Utf8(str) : o);
    return out;
  }
}
