package cn.yiyang.inspection;

/** One entry of the 随机抽查事项清单: what is checked, on what legal basis, by which department, and how. */
public record CheckItem(String code, String name, String basis, String department, String method) {
}
