/**
 * The Chinese number and money grammar: finds amounts of money, counts and scaled numbers in news
 * text. Pure JDK, stateless and linear-time.
 *
 * <ul>
 *   <li>{@link org.newsmetrics.amounts.AmountParser#findAll(String)} — the entry point.
 *   <li>{@link org.newsmetrics.amounts.ChineseNumerals} — one numeral (Arabic, 小写, 大写, mixed) to
 *       an exact {@link java.math.BigDecimal}.
 *   <li>{@code FigureScanner} — reads one figure (numeral, scale, 多/余) in a single pass.
 *   <li>{@code Lexicon}, {@code Words} — word lists: currencies (ISO 4217), measure words,
 *       qualifiers, money cues, physical units, size-class heads.
 * </ul>
 *
 * <p>Decisions worth knowing: unscaled numbers without a unit are never reported (years, dates,
 * codes); a range is value = lower bound, valueMax = upper bound, qualifier OVER; a money figure
 * directly naming a class of projects or firms (亿元以上项目, 100亿元级) is not an amount; prefix
 * qualifier words and prefix currency (约, 超, 人民币, ￥) are not part of an amount's text, while
 * attached 多/余/左右/以上 are.
 */
package org.newsmetrics.amounts;
