package org.newsmetrics.amounts;

import java.math.BigDecimal;

/**
 * A number recognised in text.
 *
 * @param text        the figure as written, {@code text.equals(source.substring(start, end))}
 * @param start       offset of the figure in the source text (Java chars)
 * @param end         end offset (exclusive)
 * @param value       the value in base units (yuan for money, 1 for counts), exact
 * @param valueMax    the upper bound of a range, else null
 * @param kind        money, count or bare number
 * @param unit        ISO 4217 code for money, {@code count} for counts, null for bare numbers
 * @param measureWord the measure word of a count (个, 家 …), else null
 * @param qualifier   exact, approx, over or under, from the words around the number
 */
public record Amount(
    String text,
    int start,
    int end,
    BigDecimal value,
    BigDecimal valueMax,
    AmountKind kind,
    String unit,
    String measureWord,
    Qualifier qualifier) {}
