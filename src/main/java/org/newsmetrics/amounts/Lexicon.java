package org.newsmetrics.amounts;

import java.util.Map;

/** The word lists of the grammar: currencies, measure words, qualifiers, money cues. */
final class Lexicon {
  private Lexicon() {}

  /** Currency words written after the number, to ISO 4217. 元 is matched last (shortest). */
  static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
      Map.entry("元", "CNY"), Map.entry("圆", "CNY"), Map.entry("圓", "CNY"),
      Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("块钱", "CNY"), Map.entry("塊錢", "CNY"),
      Map.entry("美元", "USD"), Map.entry("美金", "USD"),
      Map.entry("欧元", "EUR"), Map.entry("歐元", "EUR"),
      Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("港幣", "HKD"),
      Map.entry("日元", "JPY"), Map.entry("日圆", "JPY"), Map.entry("日圓", "JPY"),
      Map.entry("英镑", "GBP"), Map.entry("英鎊", "GBP"),
      Map.entry("韩元", "KRW"), Map.entry("韓元", "KRW"),
      Map.entry("澳元", "AUD"), Map.entry("加元", "CAD"),
      Map.entry("新加坡元", "SGD"), Map.entry("新元", "SGD"),
      Map.entry("新台币", "TWD"), Map.entry("新台幣", "TWD"),
      Map.entry("澳门元", "MOP"), Map.entry("澳门币", "MOP"),
      Map.entry("卢布", "RUB"), Map.entry("瑞士法郎", "CHF"), Map.entry("泰铢", "THB"),
      Map.entry("卢比", "INR"), Map.entry("林吉特", "MYR"), Map.entry("越南盾", "VND"),
      Map.entry("比特币", "XBT"));
  static final Words CURRENCY_AFTER_WORDS = new Words(CURRENCY_AFTER.keySet().toArray(String[]::new));

  /** Words starting with 元 that are not money (元件, 元宇宙 …). */
  static final Words NOT_YUAN = new Words("元件", "元器件", "元素", "元宇宙", "元旦", "元宵", "元年", "元老");

  /** Currency written before the number: 人民币 138 亿元, ￥100, US$5亿. */
  static final Map<String, String> CURRENCY_BEFORE = Map.ofEntries(
      Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("RMB", "CNY"),
      Map.entry("￥", "CNY"), Map.entry("¥", "CNY"),
      Map.entry("美元", "USD"), Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("＄", "USD"),
      Map.entry("HK$", "HKD"), Map.entry("港币", "HKD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"));
  static final Words CURRENCY_BEFORE_WORDS = new Words(CURRENCY_BEFORE.keySet().toArray(String[]::new));

  /** Measure words that make a count (simplified and traditional). */
  static final Words MEASURE = new Words(
      "个", "個", "家", "项", "項", "所", "座", "条", "條", "批", "批次", "台", "臺", "件", "名", "人", "位",
      "人次", "户", "戶", "户次", "只", "隻", "辆", "輛", "架", "架次", "艘", "套", "处", "處", "栋", "棟",
      "幢", "场", "場", "款", "种", "種", "类", "類", "支", "部", "本", "册", "冊", "份", "宗", "笔", "筆",
      "间", "間", "张", "張", "株", "棵", "头", "頭", "匹", "例", "轮", "輪", "片", "篇", "颗",
      "顆", "枚", "根", "块", "塊", "单", "單", "门", "門", "组", "組", "队", "隊", "对", "對", "首", "集");
  // 期 is left out on purpose: 一期/二期 name phases (ordinals), not counts.

  /**
   * A measure word followed by these is a duration, a percentage or another word: 5个月,
   * 8.1个百分点, 五位一体, 两位数, 一条龙.
   */
  static final Words NOT_MEASURE = new Words(
      "个月", "個月", "个多月", "个半月", "个小时", "個小時", "个钟头", "个工作日", "个交易日", "个百分点",
      "個百分點", "个季度", "個季度", "个星期", "个礼拜", "个年头", "个基点", "位数", "位一体", "位於", "位于",
      "名单", "名單", "条件", "條件", "条例", "條例", "批准", "批复", "所以", "所在", "所有", "台阶", "条龙",
      "个个", "個個", "块儿", "塊兒", "起来", "起步", "对比", "对于", "首先", "集团", "集中", "单位", "轮次",
      "门类", "家庭", "家乡", "人民", "人口", "人才", "人员", "人均", "项目", "項目", "部门", "本地", "场景",
      "种类", "类型", "支持", "部分", "对一", "本身", "本着", "张开", "件事", "处理", "套餐", "组织", "队伍", "张家", "片区", "笔者", "头部");

  /** Units of physical measures: a scaled number followed by them is neither money nor a count. */
  static final Words NON_MONEY_UNIT = new Words(
      "千瓦时", "千瓦", "千米", "千克", "千伏", "千卡", "千兆", "兆瓦", "吉瓦", "瓦", "度", "平方米", "平方公里",
      "平方千米", "平米", "平方", "立方米", "立方", "方", "公里", "里", "米", "吨", "噸", "公斤", "斤", "克",
      "升", "毫升", "亩", "畝", "公顷", "英寸", "寸", "倍", "标箱", "箱", "桶", "年", "岁", "天", "日", "月",
      "小时", "分钟", "秒", "次", "字", "像素", "粒", "帧", "光年", "海里", "%", "％", "‰");

  /** Qualifiers standing just before the number (not part of the figure's text). */
  static final Map<String, Qualifier> PREFIX_QUALIFIER = Map.ofEntries(
      Map.entry("约", Qualifier.APPROX), Map.entry("約", Qualifier.APPROX), Map.entry("大约", Qualifier.APPROX),
      Map.entry("大概", Qualifier.APPROX), Map.entry("约为", Qualifier.APPROX), Map.entry("约有", Qualifier.APPROX),
      Map.entry("约合", Qualifier.APPROX), Map.entry("约计", Qualifier.APPROX), Map.entry("预计约", Qualifier.APPROX),
      Map.entry("超", Qualifier.OVER), Map.entry("超过", Qualifier.OVER), Map.entry("超過", Qualifier.OVER),
      Map.entry("逾", Qualifier.OVER), Map.entry("突破", Qualifier.OVER), Map.entry("过", Qualifier.OVER),
      Map.entry("過", Qualifier.OVER), Map.entry("至少", Qualifier.OVER), Map.entry("不少于", Qualifier.OVER),
      Map.entry("不低于", Qualifier.OVER), Map.entry("超出", Qualifier.OVER), Map.entry("多于", Qualifier.OVER),
      Map.entry("高于", Qualifier.OVER), Map.entry("大于", Qualifier.OVER),
      Map.entry("近", Qualifier.UNDER), Map.entry("将近", Qualifier.UNDER), Map.entry("接近", Qualifier.UNDER),
      Map.entry("不到", Qualifier.UNDER), Map.entry("不足", Qualifier.UNDER), Map.entry("最高", Qualifier.UNDER),
      Map.entry("不超过", Qualifier.UNDER), Map.entry("不超過", Qualifier.UNDER), Map.entry("最多", Qualifier.UNDER),
      Map.entry("至多", Qualifier.UNDER), Map.entry("低于", Qualifier.UNDER), Map.entry("少于", Qualifier.UNDER),
      Map.entry("不高于", Qualifier.UNDER), Map.entry("不多于", Qualifier.UNDER), Map.entry("最高可达", Qualifier.UNDER),
      Map.entry("最高给予", Qualifier.UNDER), Map.entry("最高奖励", Qualifier.UNDER), Map.entry("最高补贴", Qualifier.UNDER));
  static final Words PREFIX_QUALIFIER_WORDS = new Words(PREFIX_QUALIFIER.keySet().toArray(String[]::new));

  /** 过 is a qualifier (营收过百亿) except inside these words (通过, 经过 …). */
  static final String NOT_BEFORE_GUO = "通经度越跨错不路走看听超";

  /** Qualifiers written after the figure and its unit (part of the figure's text). */
  static final Map<String, Qualifier> SUFFIX_QUALIFIER = Map.ofEntries(
      Map.entry("左右", Qualifier.APPROX), Map.entry("上下", Qualifier.APPROX),
      Map.entry("以上", Qualifier.OVER), Map.entry("及以上", Qualifier.OVER), Map.entry("有余", Qualifier.OVER),
      Map.entry("有多", Qualifier.OVER),
      Map.entry("以下", Qualifier.UNDER), Map.entry("以内", Qualifier.UNDER), Map.entry("之内", Qualifier.UNDER),
      Map.entry("及以下", Qualifier.UNDER));
  static final Words SUFFIX_QUALIFIER_WORDS = new Words(SUFFIX_QUALIFIER.keySet().toArray(String[]::new));

  /** Words before a bare scaled number that make it money (投资100亿). */
  static final Words MONEY_CUES = new Words(
      "投资", "投資", "产值", "產值", "规模", "規模", "营收", "營收", "收入", "销售额", "銷售額", "利润", "利潤",
      "纳税", "納稅", "税收", "稅收", "基金", "资金", "資金", "融资", "融資", "补贴", "補貼", "奖励", "獎勵",
      "支持", "总额", "金额", "成交额", "交易额", "营业额", "贸易额", "进出口", "出口额", "进口额", "生产总值",
      "GDP", "增加值", "贷款", "存款", "市值", "估值", "募资", "投入", "预算", "资产", "资本", "开票", "营业收入",
      "销售", "订单", "合同额", "签约额", "消费额", "零售额", "财政", "给予", "奖补", "资助", "扶持");

  /** Words right after a money figure that make it a size class (亿元项目, 超100亿元级). */
  static final Words CLASS_HEADS = new Words("项目", "項目", "企业", "企業", "工程", "级", "級", "档", "檔", "量级");
}
