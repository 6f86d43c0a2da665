package org.jixiao.model;

/** How much a {@link Problem} matters to the reviewer, most serious first. Immutable and thread-safe. */
public enum Severity {
    /** A figure is wrong or missing so that a score cannot be trusted. */
    ERROR("错误"),
    /** Something a reviewer should look at; the score was still computed. */
    WARNING("警告"),
    /** For information: an assumption the tool made. */
    INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /**
     * The severity in Chinese.
     *
     * @return 错误, 警告 or 提示
     */
    public String chinese() {
        return chinese;
    }
}
