package org.newsmetrics.amounts;

/** What a recognised number measures. */
public enum AmountKind {
  /** Money: {@link Amount#unit()} is an ISO 4217 code. */
  MONEY,
  /** A count with a measure word (个, 家, 项 …): unit {@code count}. */
  COUNT,
  /** A bare number, possibly scaled (500亿): no unit; context decides whether it is money. */
  NUMBER
}
